import type { Locale } from "../config/locales";
import { currencies } from "../deals/dealSchema";
import { formatAmountInput } from "../format/formatters";
import { formatPercent } from "../format/periodFormat";
import type { OwnerRow } from "./reportTables";

// Report tables as CSV rows (written by writeCsv like the customer export). Amounts get a column
// per currency, written the way the language types numbers, so a spreadsheet reads them as
// numbers and never adds lira to euros.

export type OwnerCsvHeaders = {
  owner: string;
  won: string;
  wonValue: string;
  lost: string;
  winRate: string;
};

export const ownersToCsvRows = (
  rows: OwnerRow[],
  headers: OwnerCsvHeaders,
  nameOf: (uid: string) => string,
  locale: Locale,
): string[][] => {
  const used = currencies.filter((currency) =>
    rows.some((row) => row.wonValue.some((value) => value.currency === currency)),
  );
  return [
    [
      headers.owner,
      headers.won,
      ...used.map((currency) => `${headers.wonValue} (${currency})`),
      headers.lost,
      headers.winRate,
    ],
    ...rows.map((row) => [
      nameOf(row.ownerId),
      String(row.wonCount),
      ...used.map((currency) => {
        const value = row.wonValue.find((amount) => amount.currency === currency);
        return value ? formatAmountInput(value.amount, locale) : "";
      }),
      String(row.lostCount),
      row.winRate === null ? "" : formatPercent(row.winRate, locale),
    ]),
  ];
};

// A table of names and counts: lost reasons, interactions per member, customers per month.
export const countsToCsvRows = (headers: string[], rows: (string | number)[][]): string[][] => [
  headers,
  ...rows.map((row) => row.map(String)),
];
