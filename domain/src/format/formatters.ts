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

export const formatMoney = (value: number, currency: string, locale: Locale): string =>
  new Intl.NumberFormat(intlLocale[locale], { style: "currency", currency }).format(value);
