import type { Locale } from "../config/locales";
import { formatDate } from "./formatters";

const minuteMs = 60 * 1000;
const hourMinutes = 60;
const dayMinutes = 24 * hourMinutes;
const weekMinutes = 7 * dayMinutes;

// The short forms a Turkish reader expects ("5 dk önce", "2 sa önce"); Intl's short style writes
// "5 dk. önce" with an abbreviation dot, which Turkish interfaces leave out.
const units: Record<Locale, { now: string; minutes: string; hours: string; days: string }> = {
  tr: { now: "az önce", minutes: "{n} dk önce", hours: "{n} sa önce", days: "{n} gün önce" },
  en: { now: "just now", minutes: "{n} min ago", hours: "{n} h ago", days: "{n} d ago" },
};

// How long ago something happened, for lists that update every minute; beyond a week, the date.
// A clock a little behind the server's (a future time) reads as "just now".
export const formatRelativeTime = (
  at: Date,
  now: Date,
  locale: Locale,
  timeZone?: string,
): string => {
  const minutes = Math.floor((now.getTime() - at.getTime()) / minuteMs);
  const say = (template: string, value: number) => template.replace("{n}", String(value));
  if (minutes < 1) return units[locale].now;
  if (minutes < hourMinutes) return say(units[locale].minutes, minutes);
  if (minutes < dayMinutes) return say(units[locale].hours, Math.floor(minutes / hourMinutes));
  if (minutes < weekMinutes) return say(units[locale].days, Math.floor(minutes / dayMinutes));
  return formatDate(at, locale, timeZone);
};
