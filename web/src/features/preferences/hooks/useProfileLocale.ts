import { useEffect } from "react";
import { useAuth, watchUserProfile } from "@/features/auth";
import { i18n } from "@/lib/i18n";

// Applies the language saved in the user's profile, so it follows them to any device.
export const useProfileLocale = () => {
  const auth = useAuth();
  const uid = auth.status === "signedIn" ? auth.user.uid : null;
  useEffect(() => {
    if (!uid) return;
    return watchUserProfile(uid, {
      next: (profile) => {
        if (profile && profile.locale !== i18n.language) void i18n.changeLanguage(profile.locale);
      },
      error: () => undefined,
    });
  }, [uid]);
};
