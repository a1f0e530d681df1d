import { monthKeysBetween } from "./istanbulPeriods";
import { monthStatsId, pipelineStatsId } from "./statsSchema";

// The stats documents a report of the period from `from` to `to` reads: the pipeline (the state
// now) and each Istanbul month the period touches, oldest first. A year is 13 documents at most.
export const statsDocIdsFor = (from: Date, to: Date): string[] => [
  pipelineStatsId,
  ...monthKeysBetween(from, to).map(monthStatsId),
];
