import type { z } from "zod";
import {
  monthStatsId,
  monthStatsSchema,
  paths,
  pipelineStatsId,
  pipelineStatsSchema,
} from "@pano/domain";
import { adminDb } from "./adminData";

// Report aggregates written straight, exactly as the schema has them, for tests of the page
// that should not depend on the functions that keep them.
export const setPipelineStats = (workspaceId: string, stats: z.input<typeof pipelineStatsSchema>) =>
  adminDb.doc(paths.statsDoc(workspaceId, pipelineStatsId)).set(pipelineStatsSchema.parse(stats));

export const setMonthStats = (workspaceId: string, stats: z.input<typeof monthStatsSchema>) =>
  adminDb
    .doc(paths.statsDoc(workspaceId, monthStatsId(stats.month)))
    .set(monthStatsSchema.parse(stats));
