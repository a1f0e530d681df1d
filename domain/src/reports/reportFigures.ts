import { currencies, type Currency } from "../deals/dealSchema";
import type { MoneyByCurrency, Tally } from "./statsSchema";

// Small sums over stats maps. A key whose number is 0 counts as absent (functions leave keys at 0
// after their last item leaves), so nothing here ever reports a zero entry.

export type CurrencyAmount = { currency: Currency; amount: number };

export const addMoney = (left: MoneyByCurrency, right: MoneyByCurrency = {}): MoneyByCurrency => {
  const sum: MoneyByCurrency = { ...left };
  for (const currency of currencies) {
    const amount = right[currency];
    if (amount) sum[currency] = (sum[currency] ?? 0) + amount;
  }
  return sum;
};

// Amounts in the fixed currency order (₺ first), zeros left out; never added across currencies.
export const amountsOf = (money: MoneyByCurrency): CurrencyAmount[] =>
  currencies.flatMap((currency) => {
    const amount = money[currency] ?? 0;
    return amount === 0 ? [] : [{ currency, amount }];
  });

export const emptyTally = (): Tally => ({ count: 0, value: {} });

export const addTally = (left: Tally, right: Tally | undefined): Tally =>
  right
    ? {
        count: left.count + right.count,
        value: addMoney(left.value, right.value),
        countByCurrency: addMoney(left.countByCurrency ?? {}, right.countByCurrency ?? {}),
      }
    : left;

export const addCounts = (left: Record<string, number>, right: Record<string, number> = {}) => {
  const sum = { ...left };
  for (const [key, count] of Object.entries(right)) if (count) sum[key] = (sum[key] ?? 0) + count;
  return sum;
};

// Entries above zero only.
export const nonZero = (counts: Record<string, number | undefined>): [string, number][] =>
  Object.entries(counts).flatMap(([key, count]) =>
    count ? [[key, count] as [string, number]] : [],
  );

export const rateOf = (part: number, whole: number) => (whole === 0 ? null : part / whole);

// The average won deal in each currency, from the deals won per currency; stats written before
// those counts existed know it only when the period closed in a single currency.
export type AverageDeal =
  { kind: "none" } | { kind: "perCurrency"; value: CurrencyAmount[] } | { kind: "mixed" };

export const averageDeal = (tally: Tally): AverageDeal => {
  const amounts = amountsOf(tally.value);
  const [only] = amounts;
  if (tally.count === 0 || !only) return { kind: "none" };
  const counts = tally.countByCurrency ?? {};
  if (amounts.every(({ currency }) => (counts[currency] ?? 0) > 0))
    return {
      kind: "perCurrency",
      value: amounts.map(({ currency, amount }) => ({
        currency,
        amount: amount / (counts[currency] ?? 1),
      })),
    };
  if (amounts.length > 1) return { kind: "mixed" };
  return {
    kind: "perCurrency",
    value: [{ currency: only.currency, amount: only.amount / tally.count }],
  };
};
