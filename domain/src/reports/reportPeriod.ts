import { z } from "zod";
import { monthStatsId } from "./statsSchema";

// Report periods are whole Istanbul months, since each month's figures are one stats document.
export const reportPeriodKinds = [
  "thisMonth",
  "lastMonth",
  "last3Months",
  "last12Months",
  "thisYear",
  "custom",
] as const;
export type ReportPeriodKind = (typeof reportPeriodKinds)[number];

export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

export type ReportPeriod =
  { kind: Exclude<ReportPeriodKind, "custom"> } | { kind: "custom"; from: string; to: string };

export type MonthRange = { from: string; to: string };

// A custom range reads one document per month: two years at most keeps opening the page cheap.
export const maxReportMonths = 24;

const istanbulDate = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Istanbul" });

// "2026-11-23": the Istanbul day `at` falls on.
export const istanbulDayKey = (at: Date) => istanbulDate.format(at);

// "2026-11": the Istanbul month `at` falls on.
export const istanbulMonth = (at: Date) => istanbulDayKey(at).slice(0, 7);

const monthIndex = (month: string) =>
  Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const monthOfIndex = (index: number) =>
  `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;

export const addMonths = (month: string, months: number) =>
  monthOfIndex(monthIndex(month) + months);

// Every month from `from` to `to`, both included, oldest first; empty when `to` is before `from`.
export const monthsBetween = (from: string, to: string): string[] =>
  Array.from({ length: Math.max(0, monthIndex(to) - monthIndex(from) + 1) }, (_, offset) =>
    addMonths(from, offset),
  );

export const monthStatsIdsBetween = (from: string, to: string) =>
  monthsBetween(from, to).map(monthStatsId);

// The months a period covers at `now`; a custom range is put in order and cut to its last
// maxReportMonths months.
export const periodRange = (period: ReportPeriod, now: Date): MonthRange => {
  const current = istanbulMonth(now);
  switch (period.kind) {
    case "thisMonth":
      return { from: current, to: current };
    case "lastMonth":
      return { from: addMonths(current, -1), to: addMonths(current, -1) };
    case "last3Months":
      return { from: addMonths(current, -2), to: current };
    case "last12Months":
      return { from: addMonths(current, -11), to: current };
    case "thisYear":
      return { from: `${current.slice(0, 4)}-01`, to: current };
    case "custom": {
      const [from, to] = [period.from, period.to].sort();
      if (!from || !to) return { from: current, to: current };
      const earliest = addMonths(to, -(maxReportMonths - 1));
      return { from: from < earliest ? earliest : from, to };
    }
  }
};
