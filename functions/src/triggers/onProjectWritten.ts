import { onDocumentWritten } from "firebase-functions/v2/firestore";
import { doneColumnIds, paths, projectSchema, type BoardColumn } from "@pano/domain";
import { recountProject } from "../aggregates/projectCounters";
import { eventData } from "../lib/eventData";
import { retriedTrigger } from "../lib/retriedTrigger";

const columnsOnly = projectSchema.pick({ columns: true });

const doneKey = (project: { columns: BoardColumn[] } | undefined) =>
  project ? doneColumnIds(project.columns).join(",") : null;

// A column that starts or stops counting as done changes what "done" means for every task in it;
// the counters are recounted. A new project is left alone: its tasks' own events count them (a
// recount racing those events would count them twice). The counters' own updates leave the done
// columns alone, so this never loops.
export const onProjectWritten = onDocumentWritten(
  retriedTrigger(paths.project("{workspaceId}", "{projectId}")),
  async (event) => {
    const before = doneKey(eventData(columnsOnly, event.data?.before));
    const after = doneKey(eventData(columnsOnly, event.data?.after));
    if (before === null || after === null || before === after) return;
    await recountProject(event.params.workspaceId, event.params.projectId);
  },
);
