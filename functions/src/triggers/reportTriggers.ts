import { onDocumentWritten } from "firebase-functions/v2/firestore";
import { paths } from "@pano/domain";
import { eventData } from "../lib/eventData";
import { retriedTrigger } from "../lib/retriedTrigger";
import {
  reportedDeal,
  reportedInteraction,
  reportedProject,
  reportedTask,
} from "../reports/reportedFields";
import { settleStats } from "../reports/settleStats";

// Keep the report aggregates: each write of a deal, interaction, task or project goes through
// its ledger entry (functions/src/reports/settleStats.ts). The event's time is a deletion's
// version.

export const onDealForReports = onDocumentWritten(
  retriedTrigger(paths.deal("{workspaceId}", "{dealId}")),
  (event) =>
    settleStats(event.params.workspaceId, [
      {
        kind: "deal",
        id: event.params.dealId,
        before: eventData(reportedDeal, event.data?.before),
        after: eventData(reportedDeal, event.data?.after),
        time: new Date(event.time),
      },
    ]),
);

export const onInteractionForReports = onDocumentWritten(
  retriedTrigger(paths.interaction("{workspaceId}", "{interactionId}")),
  (event) =>
    settleStats(event.params.workspaceId, [
      {
        kind: "interaction",
        id: event.params.interactionId,
        before: eventData(reportedInteraction, event.data?.before),
        after: eventData(reportedInteraction, event.data?.after),
        time: new Date(event.time),
      },
    ]),
);

export const onTaskForReports = onDocumentWritten(
  retriedTrigger(paths.task("{workspaceId}", "{taskId}")),
  (event) =>
    settleStats(event.params.workspaceId, [
      {
        kind: "task",
        id: event.params.taskId,
        before: eventData(reportedTask, event.data?.before),
        after: eventData(reportedTask, event.data?.after),
        time: new Date(event.time),
      },
    ]),
);

export const onProjectForReports = onDocumentWritten(
  retriedTrigger(paths.project("{workspaceId}", "{projectId}")),
  (event) =>
    settleStats(event.params.workspaceId, [
      {
        kind: "project",
        id: event.params.projectId,
        before: eventData(reportedProject, event.data?.before),
        after: eventData(reportedProject, event.data?.after),
        time: new Date(event.time),
      },
    ]),
);
