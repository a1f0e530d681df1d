import type { Locale } from "@pano/domain";
import { useAuth, saveUserLocale } from "@/features/auth";
import { i18n } from "@/lib/i18n";
import { notifyError } from "@/lib/notify";

// The choice applies at once and is remembered on this device and, when signed in, in the profile.
export const useChangeLocale = () => {
  const auth = useAuth();
  return (locale: Locale) => {
    void i18n.changeLanguage(locale);
    if (auth.status === "signedIn") saveUserLocale(auth.user.uid, locale).catch(notifyError);
  };
};
