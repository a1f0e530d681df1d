import { useEffect } from "react";
import { isLocale, limits, truncateText } from "@pano/domain";
import { i18n } from "@/lib/i18n";
import { notifyError } from "@/lib/notify";
import { useSignedInUser } from "@/session/useAuth";
import { ensureUserProfile, saveUserLocale, watchUserProfile } from "../data/userProfileData";

// Keeps users/{uid} and the interface language in step: the profile's language follows the user
// to any device, and a switch made on this one is saved to the profile.
export const useProfileSync = () => {
  const { uid, displayName, email } = useSignedInUser();

  // Sign-up names the account just after creating it; the profile waits for that name.
  useEffect(() => {
    if (!displayName || !email) return;
    const locale = isLocale(i18n.language) ? i18n.language : "tr";
    ensureUserProfile(uid, {
      displayName: truncateText(displayName, limits.displayName),
      email: email.toLowerCase(),
      locale,
    }).catch(notifyError);
  }, [uid, displayName, email]);

  useEffect(() => {
    let profileLocale: string | null = null;
    const handleLanguageChanged = (language: string) => {
      if (profileLocale === null || language === profileLocale || !isLocale(language)) return;
      profileLocale = language;
      saveUserLocale(uid, language).catch(notifyError);
    };
    i18n.on("languageChanged", handleLanguageChanged);
    const stop = watchUserProfile(uid, {
      next: (profile) => {
        if (!profile) return;
        profileLocale = profile.locale;
        if (profile.locale !== i18n.language) void i18n.changeLanguage(profile.locale);
      },
      error: notifyError,
    });
    return () => {
      stop();
      i18n.off("languageChanged", handleLanguageChanged);
    };
  }, [uid]);
};
