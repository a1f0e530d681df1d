import { onDocumentDeleted } from "firebase-functions/v2/firestore";
import { paths } from "@pano/domain";
import { deleteProjectCounter } from "../aggregates/projectCounters";
import { db } from "../lib/admin";
import { deleteMatching } from "../lib/deleteMatching";
import { retriedTrigger } from "../lib/retriedTrigger";

// A deleted project takes its tasks and its counter shards with it. The won deal keeps its projectId, which is what
// stops the won-deal trigger from making the project again when the deal is next edited.
const deleteProjectTasks = (workspaceId: string, projectId: string) =>
  deleteMatching(db.collection(paths.tasks(workspaceId)).where("projectId", "==", projectId));

export const onProjectDeleted = onDocumentDeleted(
  retriedTrigger(paths.project("{workspaceId}", "{projectId}")),
  async (event) => {
    const { workspaceId, projectId } = event.params;
    await Promise.all([
      deleteProjectTasks(workspaceId, projectId),
      deleteProjectCounter(workspaceId, projectId),
    ]);
  },
);
