import { AggregateField, FieldValue, Timestamp } from "firebase-admin/firestore";
import { doneColumnIds, paths, projectSchema, taskCounterDelta } from "@pano/domain";
import { db } from "../lib/admin";
import { converter } from "../lib/converter";

type CountedTask = { projectId: string | null; status: string } | undefined;

const markerLifetimeMs = 7 * 24 * 60 * 60 * 1000;
const projectRef = (workspaceId: string, projectId: string) =>
  db.doc(paths.project(workspaceId, projectId)).withConverter(converter(projectSchema));

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
  const marker = db.doc(paths.processedEvent(workspaceId, eventId));
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
      transaction.create(marker, {
        expireAt: Timestamp.fromMillis(Date.now() + markerLifetimeMs),
      });
      const delta = taskCounterDelta(before, after, doneColumnIds(current.data()?.columns ?? []));
      if (delta)
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
    transaction.update(project, {
      taskCount: all.data().count,
      doneTaskCount: finished?.data().count ?? 0,
    });
  });
};
