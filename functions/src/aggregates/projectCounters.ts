import { AggregateField, FieldValue } from "firebase-admin/firestore";
import { doneColumnIds, newProcessedEvent, paths, taskCounterDelta, type Task } from "@pano/domain";
import { db } from "../lib/admin";
import { processedEventRef, projectRef } from "../lib/refs";
import { createIn, updateIn } from "../lib/typedWrites";

export type CountedTask = Pick<Task, "projectId" | "status"> | undefined;

// Applies one task write to its project's counters exactly once: the event id is recorded in the
// same transaction as the increments, so a redelivered event finds its marker and does nothing,
// and concurrent events each add their own delta.
export const applyTaskEvent = async (
  workspaceId: string,
  eventId: string,
  before: CountedTask,
  after: CountedTask,
) => {
  const projectId = after?.projectId ?? before?.projectId;
  if (!projectId) return;
  const marker = processedEventRef(workspaceId, eventId);
  const project = projectRef(workspaceId, projectId);
  // Every task event of a project contends for the project document; a bulk import of tasks needs
  // more than the default five attempts.
  await db.runTransaction(
    async (transaction) => {
      const [seen, current] = await Promise.all([
        transaction.get(marker),
        transaction.get(project),
      ]);
      if (seen.exists || !current.exists) return;
      createIn(transaction, marker, newProcessedEvent(new Date()));
      const delta = taskCounterDelta(before, after, doneColumnIds(current.data()?.columns ?? []));
      if (delta)
        // An increment is the one sentinel of a number field; Firestore's own type checks it.
        transaction.update(project, {
          taskCount: FieldValue.increment(delta.taskCount),
          doneTaskCount: FieldValue.increment(delta.doneTaskCount),
        });
    },
    { maxAttempts: 20 },
  );
};

// Counts from scratch (two count aggregations, no documents read): the repair for counters and
// the answer when a project's done columns change.
export const recountProject = async (workspaceId: string, projectId: string) => {
  const project = projectRef(workspaceId, projectId);
  await db.runTransaction(async (transaction) => {
    const current = await transaction.get(project);
    const columns = current.data()?.columns;
    if (!columns) return;
    const tasks = db.collection(paths.tasks(workspaceId)).where("projectId", "==", projectId);
    const done = doneColumnIds(columns);
    const [all, finished] = await Promise.all([
      transaction.get(tasks.aggregate({ count: AggregateField.count() })),
      done.length === 0
        ? null
        : transaction.get(
            tasks.where("status", "in", done).aggregate({ count: AggregateField.count() }),
          ),
    ]);
    updateIn(transaction, project, {
      taskCount: all.data().count,
      doneTaskCount: finished?.data().count ?? 0,
    });
  });
};
