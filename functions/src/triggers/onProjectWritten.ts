import { onDocumentWritten } from "firebase-functions/v2/firestore";
import { doneColumnIds, type BoardColumn } from "@pano/domain";
import { recountProject } from "../aggregates/projectCounters";
import { retriedTrigger } from "../lib/retriedTrigger";

const doneKey = (data: FirebaseFirestore.DocumentData | undefined) =>
  data ? doneColumnIds((data["columns"] as BoardColumn[] | undefined) ?? []).join(",") : null;

// A column that starts or stops counting as done changes what "done" means for every task in it;
// the counters are recounted. A new project is left alone: its tasks' own events count them (a
// recount racing those events would count them twice). The counters' own updates leave the done
// columns alone, so this never loops.
export const onProjectWritten = onDocumentWritten(
  retriedTrigger("workspaces/{workspaceId}/projects/{projectId}"),
  async (event) => {
    const before = doneKey(event.data?.before.data());
    const after = doneKey(event.data?.after.data());
    if (before === null || after === null || before === after) return;
    await recountProject(event.params.workspaceId, event.params.projectId);
  },
);
