import { onDocumentWritten } from "firebase-functions/v2/firestore";
import { paths, taskSchema } from "@pano/domain";
import { applyTaskEvent } from "../aggregates/projectCounters";
import { eventData } from "../lib/eventData";
import { retriedTrigger } from "../lib/retriedTrigger";

const countedFields = taskSchema.pick({ projectId: true, status: true });

export const onTaskWritten = onDocumentWritten(
  retriedTrigger(paths.task("{workspaceId}", "{taskId}")),
  (event) =>
    applyTaskEvent(
      event.params.workspaceId,
      event.id,
      eventData(countedFields, event.data?.before),
      eventData(countedFields, event.data?.after),
    ),
);
