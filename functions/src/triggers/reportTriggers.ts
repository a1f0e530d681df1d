import { onDocumentWritten } from "firebase-functions/v2/firestore";
import type { StatsEntryKind } from "@pano/domain";
import { retriedTrigger } from "../lib/retriedTrigger";
import { entityDocuments } from "../reports/reportedFields";
import { entityChange, settleStats } from "../reports/settleStats";

// Keep the report aggregates: each write of a deal, interaction, task or project goes through
// its ledger entry (functions/src/reports/settleStats.ts). The event's time is a deletion's
// version.
const statsTrigger = (kind: StatsEntryKind) =>
  onDocumentWritten(retriedTrigger(entityDocuments[kind]("{workspaceId}", "{entityId}")), (event) =>
    settleStats(event.params.workspaceId, [
      entityChange(
        kind,
        event.params.entityId,
        event.data?.before.data(),
        event.data?.after.data(),
        new Date(event.time),
      ),
    ]),
  );

export const onDealForReports = statsTrigger("deal");
export const onInteractionForReports = statsTrigger("interaction");
export const onTaskForReports = statsTrigger("task");
export const onProjectForReports = statsTrigger("project");
