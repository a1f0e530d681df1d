import type { Stage } from "../workspaces/workspaceSchema";
import type { MonthRange } from "./reportPeriod";
import { reportSeries, type ReportSeries } from "./reportSeries";
import { reportSummary, type ReportSummary } from "./reportSummary";
import { reportTables, type ReportTables } from "./reportTables";
import type { MonthStats, PipelineStats } from "./statsSchema";

export type ReportInput = {
  pipeline: PipelineStats | null;
  // The period's month documents that exist (a month with nothing in it has none).
  months: MonthStats[];
  range: MonthRange;
  // The workspace's stages in board order, names already in the reader's language.
  stages: Stage[];
  // Narrows won and lost deals to one owner; the other figures are the whole team's.
  ownerId: string | null;
  // Today in Istanbul, "2026-11-23": open tasks due before it are overdue.
  today: string;
  // Display names, for breaking ties between equal rows.
  nameOf: (uid: string) => string;
};

export type Report = {
  // False when neither the pipeline nor the period holds a single non-zero figure.
  hasData: boolean;
  summary: ReportSummary;
} & ReportSeries &
  ReportTables;

export const monthsInRange = (months: MonthStats[], range: MonthRange) =>
  months.filter((month) => month.month >= range.from && month.month <= range.to);

export const buildReport = (input: ReportInput): Report => {
  const scoped = { ...input, months: monthsInRange(input.months, input.range) };
  const summary = reportSummary(scoped);
  const series = reportSeries(scoped);
  const tables = reportTables(scoped);
  const hasData =
    summary.openPipeline.count > 0 ||
    scoped.months.some(
      (month) =>
        month.won.count + month.lost.count + month.interactions.count + month.tasks.completed > 0,
    ) ||
    series.tasksByAssignee.length > 0 ||
    Object.values(input.pipeline?.projectsByStatus ?? {}).some(Boolean);
  return { hasData, summary, ...series, ...tables };
};
