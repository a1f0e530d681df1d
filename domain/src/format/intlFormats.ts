import type { Locale } from "../config/locales";

const intlLocale: Record<Locale, string> = { tr: "tr-TR", en: "en-GB" };

// Building an Intl formatter costs far more than using one (a board formats every card's amount
// and every column's total on each change), so each locale and option set is built once.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

const kept = <Format, Options>(
  formats: Map<string, Format>,
  locale: Locale,
  options: Options,
  build: (locale: string, options: Options) => Format,
): Format => {
  const key = `${locale} ${JSON.stringify(options)}`;
  const existing = formats.get(key);
  if (existing) return existing;
  const format = build(intlLocale[locale], options);
  formats.set(key, format);
  return format;
};

export const numberFormat = (locale: Locale, options: Intl.NumberFormatOptions = {}) =>
  kept(numberFormats, locale, options, (tag, given) => new Intl.NumberFormat(tag, given));

export const dateFormat = (locale: Locale, options: Intl.DateTimeFormatOptions) =>
  kept(dateFormats, locale, options, (tag, given) => new Intl.DateTimeFormat(tag, given));
