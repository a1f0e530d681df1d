import { onDocumentWritten } from "firebase-functions/v2/firestore";
import { applyTaskEvent } from "../aggregates/projectCounters";
import { retriedTrigger } from "../lib/retriedTrigger";

const counted = (data: FirebaseFirestore.DocumentData | undefined) =>
  data
    ? { projectId: (data["projectId"] as string | null) ?? null, status: String(data["status"]) }
    : undefined;

export const onTaskWritten = onDocumentWritten(
  retriedTrigger("workspaces/{workspaceId}/tasks/{taskId}"),
  (event) =>
    applyTaskEvent(
      event.params.workspaceId,
      event.id,
      counted(event.data?.before.data()),
      counted(event.data?.after.data()),
    ),
);
