import { dateFormat, numberFormat } from "./intlFormats";
import type { Locale } from "../config/locales";

// The time zone is the reader's own in the browser; functions, which run in UTC, pass the
// recipient's.
export const formatDate = (date: Date, locale: Locale, timeZone?: string): string =>
  dateFormat(locale, { dateStyle: "medium", timeZone }).format(date);

export const formatDateTime = (date: Date, locale: Locale, timeZone?: string): string =>
  dateFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone,
  }).format(date);

// A span of time in its largest whole unit: "1 saat", "30 dakika", "2 gün" / "1 hour".
export const formatDuration = (minutes: number, locale: Locale): string => {
  const [value, unit] =
    minutes >= 1440 && minutes % 1440 === 0
      ? [minutes / 1440, "day"]
      : minutes >= 60 && minutes % 60 === 0
        ? [minutes / 60, "hour"]
        : [Math.max(1, Math.round(minutes)), "minute"];
  return numberFormat(locale, {
    style: "unit",
    unit,
    unitDisplay: "long",
  }).format(value);
};

export const formatNumber = (value: number, locale: Locale): string =>
  numberFormat(locale).format(value);

// The narrow symbol in every locale, so lira reads ₺ beside € and $ in English too, never "TRY".
export const formatMoney = (value: number, currency: string, locale: Locale): string =>
  numberFormat(locale, {
    style: "currency",
    currency,
    currencyDisplay: "narrowSymbol",
  }).format(value);

const briefFrom = 1e9;

const formatMoneyShort = (value: number, currency: string, locale: Locale): string =>
  numberFormat(locale, {
    style: "currency",
    currency,
    currencyDisplay: "narrowSymbol",
    notation: "compact",
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
    // Cut, never rounded up: ₺999.999.999.999 is "₺999,9 Mr", not a trillion it does not reach.
    roundingMode: "trunc",
  }).format(value);

// An amount in a narrow place (a card, a column's total, a report tile): in full below a billion,
// in the locale's short form above ("₺2,5 Mr", "₺2.5bn"), so it never runs out of its box or
// breaks inside; the full amount goes in a tooltip.
export const formatMoneyBrief = (value: number, currency: string, locale: Locale): string =>
  (Math.abs(value) < briefFrom ? formatMoney : formatMoneyShort)(value, currency, locale);

// Amounts in several currencies shown side by side take one form: when one of them has to be
// short, all are ("₺2,5 Mr · $12 B", never "₺2,5 Mr · $12.000,00"), so they read alike.
export const formatMoneyBriefTogether = (
  amounts: { value: number; currency: string }[],
  locale: Locale,
): string[] => {
  const short = amounts.some(({ value }) => Math.abs(value) >= briefFrom);
  return amounts.map(({ value, currency }) =>
    (short ? formatMoneyShort : formatMoney)(value, currency, locale),
  );
};

// What an amount input shows for a saved value (24.500,50 in Turkish), which parseMoney reads back.
export const formatAmountInput = (value: number, locale: Locale): string =>
  numberFormat(locale, {
    minimumFractionDigits: Number.isInteger(value) ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(value);

export const formatDays = (days: number, locale: Locale): string =>
  numberFormat(locale, {
    style: "unit",
    unit: "day",
    unitDisplay: "long",
  }).format(days);

const dayMs = 24 * 60 * 60 * 1000;

// Whole days between two moments, never negative (a clock a little ahead shows 0).
export const daysSince = (start: Date, now: Date): number =>
  Math.max(0, Math.floor((now.getTime() - start.getTime()) / dayMs));
