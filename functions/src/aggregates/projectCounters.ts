import { AggregateField, FieldValue, type DocumentSnapshot } from "firebase-admin/firestore";
import { doneColumnIds, newProcessedEvent, paths, taskCounterDelta, type Task } from "@pano/domain";
import { db } from "../lib/admin";
import { counterFoldRef, processedEventRef, projectRef } from "../lib/refs";
import {
  addToShard,
  deleteCounterShards,
  foldSoon,
  resetCounter,
  type ShardedCounter,
} from "../lib/shardedCounter";
import { createIn } from "../lib/typedWrites";

export type CountedTask = Pick<Task, "projectId" | "status"> | undefined;

const ownCount = (snapshot: DocumentSnapshot<unknown>, field: string) => {
  const value: unknown = snapshot.get(field);
  return typeof value === "number" ? value : 0;
};

// A project's taskCount and doneTaskCount are a sharded counter: a busy board's task events
// spread over the shards, and the project document is written at most about once a second.
export const projectCounter = (workspaceId: string, projectId: string): ShardedCounter => {
  const document = projectRef(workspaceId, projectId);
  return {
    document,
    foldWanted: counterFoldRef(workspaceId, projectId),
    // Written raw: the fold time is the server clock's sentinel, which Firestore's own type checks.
    write: (transaction, values) =>
      transaction.update(document.withConverter(null), {
        ...values,
        countersFoldedAt: FieldValue.serverTimestamp(),
      }),
    ownValues: (snapshot) => ({
      taskCount: ownCount(snapshot, "taskCount"),
      doneTaskCount: ownCount(snapshot, "doneTaskCount"),
    }),
    createdByFold: false,
  };
};

// Applies one task write to its project's counters exactly once: the event id is recorded in the
// same transaction as the shard increment, so a redelivered event finds its marker and adds
// nothing, and concurrent events each add their own delta. A fold follows every event that
// changes the counts, a redelivered one too: its first delivery may have stopped before folding.
export const applyTaskEvent = async (
  workspaceId: string,
  eventId: string,
  before: CountedTask,
  after: CountedTask,
) => {
  const projectId = after?.projectId ?? before?.projectId;
  if (!projectId) return;
  const marker = processedEventRef(workspaceId, eventId);
  const counter = projectCounter(workspaceId, projectId);
  const project = projectRef(workspaceId, projectId);
  // The project is read in the transaction (its done columns, whether it still exists), so a
  // project deleted meanwhile gets no shard after its delete trigger cleared them. Reads share
  // the document; only the at most once-a-second fold waits for them, and a bulk import's events
  // may need more than the default five attempts around it.
  const fold = await db.runTransaction(
    async (transaction) => {
      const [seen, current] = await Promise.all([
        transaction.get(marker),
        transaction.get(project),
      ]);
      if (!current.exists) return false;
      const delta = taskCounterDelta(before, after, doneColumnIds(current.data()?.columns ?? []));
      if (seen.exists) return delta !== null;
      createIn(transaction, marker, newProcessedEvent(new Date()));
      if (!delta) return false;
      addToShard(transaction, counter, eventId, {
        taskCount: delta.taskCount,
        doneTaskCount: delta.doneTaskCount,
      });
      return true;
    },
    { maxAttempts: 20 },
  );
  if (fold) await foldSoon(counter);
};

// Counts from scratch (two count aggregations, no documents read): the repair for counters and
// the answer when a project's done columns change. The count goes into shard 0, the other shards
// are zeroed and the document gets the same count, all in one transaction: that cannot count an
// increment twice, since one committed before is overwritten with its shard and one committed
// after adds to shards that sum to the count. Writing the count into the document alone would
// not do: the next fold replaces the document's counters with the sum of the shards.
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
    resetCounter(transaction, projectCounter(workspaceId, projectId), {
      taskCount: all.data().count,
      doneTaskCount: finished?.data().count ?? 0,
    });
  });
};

// A deleted project's shards and fold request go with it.
export const deleteProjectCounter = (workspaceId: string, projectId: string) =>
  deleteCounterShards(projectCounter(workspaceId, projectId));
