import type { Locale } from "../config/locales";
import type { DocumentWrite, WriteTime } from "../documents/documentWrite";
import type { UserProfile } from "./userSchema";

export const newUserProfile = (
  { displayName, email, locale }: { displayName: string; email: string; locale: Locale },
  now: WriteTime,
): DocumentWrite<UserProfile> => ({ displayName, email, locale, createdAt: now });
