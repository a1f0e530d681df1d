import type { Locale } from "../config/locales";
import { formatMoney, formatMoneyBriefTogether } from "../format/formatters";
import { currencies, type Currency } from "./dealSchema";

export type MoneyTotal = { currency: Currency; value: number };

// Deals in different currencies are never added together: one total per currency, TRY first.
export const totalsByCurrency = (deals: { value: number; currency: Currency }[]): MoneyTotal[] =>
  currencies
    .map((currency) => ({
      currency,
      value: deals
        .filter((deal) => deal.currency === currency)
        .reduce((sum, deal) => sum + deal.value, 0),
    }))
    .filter((total, index) => total.value > 0 || (index === 0 && deals.length === 0));

// Separated as the reports separate them: a dot, since the amounts are not added, kept on the line
// of the amount before it when the totals wrap.
// `brief` for a column's header, where a sum of large deals must fit (see formatMoneyBrief).
export const formatTotals = (totals: MoneyTotal[], locale: Locale, brief = false): string =>
  (brief
    ? formatMoneyBriefTogether(totals, locale)
    : totals.map((total) => formatMoney(total.value, total.currency, locale))
  ).join("\u00a0· ");
