import type { Locale } from "@pano/domain";

type Notice = { dealTitle: string; projectName: string; won: boolean; linked: boolean };

// The deal owner's notification text, in the owner's language (functions have no i18n bundle).
export const dealProjectNotice = (locale: Locale, notice: Notice) => {
  const { dealTitle, projectName, won, linked } = notice;
  if (locale === "tr") {
    if (!linked) return `“${dealTitle}” kazanıldı; projesi oluşturuldu.`;
    return won
      ? `“${dealTitle}” kazanıldı ve “${projectName}” projesine bağlandı.`
      : `“${dealTitle}”, “${projectName}” projesine bağlandı.`;
  }
  if (!linked) return `“${dealTitle}” was won; its project was created.`;
  return won
    ? `“${dealTitle}” was won and linked to the project “${projectName}”.`
    : `“${dealTitle}” was linked to the project “${projectName}”.`;
};
