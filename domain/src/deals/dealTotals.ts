import type { Locale } from "../config/locales";
import { formatMoney } from "../format/formatters";
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

export const formatTotals = (totals: MoneyTotal[], locale: Locale): string =>
  totals.map((total) => formatMoney(total.value, total.currency, locale)).join(" + ");
