import { monthsBetween } from "./istanbulPeriods";
import type { MonthRange } from "./reportPeriod";
import { monthStatsId, pipelineStatsId } from "./statsSchema";

// The stats documents the Reports page reads for a range of months: the pipeline (the state now)
// and each month, oldest first. "Last 12 months" is 13 documents.
export const statsDocIdsFor = (range: MonthRange): string[] => [
  pipelineStatsId,
  ...monthsBetween(range.from, range.to).map(monthStatsId),
];
