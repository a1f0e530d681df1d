import { dateFormat, numberFormat } from "./intlFormats";
import type { Locale } from "../config/locales";

// Months ("2026-03") and weeks (their Monday, "2026-03-23") are calendar names, not moments:
// formatted in UTC so no time zone moves them to a neighbouring day.
const calendarDay = (key: string) => new Date(`${key.length === 7 ? `${key}-01` : key}T00:00:00Z`);

export const formatMonth = (month: string, locale: Locale): string =>
  dateFormat(locale, {
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(calendarDay(month));

export const formatWeek = (week: string, locale: Locale): string =>
  dateFormat(locale, {
    day: "numeric",
    month: "short",
    timeZone: "UTC",
  }).format(calendarDay(week));

export const formatPercent = (rate: number, locale: Locale): string =>
  numberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(rate);
