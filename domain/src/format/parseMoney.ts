import type { Locale } from "../config/locales";
import { formatMoney } from "./formatters";

const separators: Record<Locale, { decimal: string; group: string }> = {
  tr: { decimal: ",", group: "." },
  en: { decimal: ".", group: "," },
};

const groupedInteger = (text: string, group: string) =>
  new RegExp(`^\\d{1,3}(\\${group}\\d{3})+$`).test(text);

// The digits and the one decimal separator, or null when the text is not a number at all.
const plainNumber = (text: string, locale: Locale): string | null => {
  if (!/^[\d.,]*\d[\d.,]*$/.test(text)) return null;
  const dots = text.split(".").length - 1;
  const commas = text.split(",").length - 1;
  if (dots > 0 && commas > 0) {
    // Both kinds written: the last one is the decimal point (1.500,75 or 1,500.75 in any locale).
    const decimal = text.lastIndexOf(".") > text.lastIndexOf(",") ? "." : ",";
    const group = decimal === "." ? "," : ".";
    const [whole = "", fraction, extra] = text.split(decimal);
    if (extra !== undefined || !groupedInteger(whole, group) || !/^\d+$/.test(fraction ?? ""))
      return null;
    return `${whole.split(group).join("")}.${fraction}`;
  }
  if (dots === 0 && commas === 0) return text;
  const separator = dots > 0 ? "." : ",";
  const [whole = "", fraction = ""] = text.split(separator);
  const single = dots + commas === 1;
  const isLocaleDecimal = separator === separators[locale].decimal;
  // One separator before one or two final digits is a decimal point whatever the locale: 1500.75.
  if (single && (isLocaleDecimal || /^\d{1,2}$/.test(fraction)))
    return /^\d*$/.test(fraction) ? `${whole || "0"}.${fraction}` : null;
  return groupedInteger(text, separator) ? text.split(separator).join("") : null;
};

// An amount as a person types it in their language: "1.500,75" in Turkish, "1,500.75" in English,
// "1500.75" in both. Blank is null; a negative amount stays negative and anything that is not a
// plain amount (letters, exponents, more than two decimals that matter) is NaN, so the schema
// names the problem instead of the amount silently changing.
export const parseMoney = (text: string, locale: Locale): number | null => {
  const compact = text.replace(/[\s\u00a0\u202f]/g, "");
  if (compact === "") return null;
  const negative = /^[-\u2212]/.test(compact);
  const digits = plainNumber(negative ? compact.slice(1) : compact, locale);
  if (digits === null) return Number.NaN;
  const [, fraction = ""] = digits.split(".");
  if (fraction.replace(/0+$/, "").length > 2) return Number.NaN;
  const value = Number(digits);
  return negative ? -value : value;
};

// How a typed amount will be saved, in full with its currency ("1.5" in Turkish is "₺1,50"), so a
// person sees at once an amount read otherwise than meant; null for blank or refused input,
// which the form's own message covers.
export const amountReading = (text: string, currency: string, locale: Locale): string | null => {
  const value = parseMoney(text, locale);
  return value === null || !Number.isFinite(value) || value < 0
    ? null
    : formatMoney(value, currency, locale);
};
