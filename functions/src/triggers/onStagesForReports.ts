import { onDocumentWritten } from "firebase-functions/v2/firestore";
import { paths, workspaceSchema } from "@pano/domain";
import { eventData } from "../lib/eventData";
import { retriedTrigger } from "../lib/retriedTrigger";
import { recountedStages, rederiveStageDeals } from "../reports/rederiveStageDeals";

const stagesOnly = workspaceSchema.pick({ stages: true });

// A stage that becomes won, lost or open, or disappears, moves its deals in the reports.
export const onStagesForReports = onDocumentWritten(
  retriedTrigger(paths.workspace("{workspaceId}")),
  (event) => {
    const before = eventData(stagesOnly, event.data?.before)?.stages ?? [];
    const after = eventData(stagesOnly, event.data?.after)?.stages ?? [];
    return rederiveStageDeals(event.params.workspaceId, recountedStages(before, after));
  },
);
