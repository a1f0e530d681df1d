import type { Locale } from "../config/locales";

const intlLocale: Record<Locale, string> = { tr: "tr-TR", en: "en-GB" };

export const formatDate = (date: Date, locale: Locale): string =>
  new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: "medium" }).format(date);

export const formatDateTime = (date: Date, locale: Locale): string =>
  new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: "medium", timeStyle: "short" }).format(
    date,
  );

export const formatNumber = (value: number, locale: Locale): string =>
  new Intl.NumberFormat(intlLocale[locale]).format(value);

// The narrow symbol in every locale, so lira reads ₺ beside € and $ in English too, never "TRY".
export const formatMoney = (value: number, currency: string, locale: Locale): string =>
  new Intl.NumberFormat(intlLocale[locale], {
    style: "currency",
    currency,
    currencyDisplay: "narrowSymbol",
  }).format(value);

// What an amount input shows for a saved value (24.500,50 in Turkish), which parseMoney reads back.
export const formatAmountInput = (value: number, locale: Locale): string =>
  new Intl.NumberFormat(intlLocale[locale], {
    minimumFractionDigits: Number.isInteger(value) ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(value);

export const formatDays = (days: number, locale: Locale): string =>
  new Intl.NumberFormat(intlLocale[locale], {
    style: "unit",
    unit: "day",
    unitDisplay: "long",
  }).format(days);

const dayMs = 24 * 60 * 60 * 1000;

// Whole days between two moments, never negative (a clock a little ahead shows 0).
export const daysSince = (start: Date, now: Date): number =>
  Math.max(0, Math.floor((now.getTime() - start.getTime()) / dayMs));
