import { z } from "zod";
import { addMonths, istanbulMonthKey } from "./istanbulPeriods";

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

// The months a period covers at `now`; a custom range is put in order and cut to its last
// maxReportMonths months.
export const periodRange = (period: ReportPeriod, now: Date): MonthRange => {
  const current = istanbulMonthKey(now);
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
