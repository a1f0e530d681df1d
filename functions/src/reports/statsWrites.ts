import { FieldValue, type DocumentData, type Transaction } from "firebase-admin/firestore";
import {
  applyIncrements,
  counterFoldSchema,
  paths,
  sumCounterShards,
  type Increment,
  type StatsTree,
} from "@pano/domain";
import { db } from "../lib/admin";
import { converter } from "../lib/converter";
import { resetCounter, type ShardedCounter } from "../lib/shardedCounter";

const monthPrefix = "month-";

// What every stats document carries besides its numbers: a month document names its month, and
// updatedAt is when a fold or reset last wrote it (the time that spaces folds a second apart).
const bookkeeping = (statsId: string): DocumentData => ({
  ...(statsId.startsWith(monthPrefix) ? { month: statsId.slice(monthPrefix.length) } : {}),
  updatedAt: FieldValue.serverTimestamp(),
});

export const statsDocRef = (workspaceId: string, statsId: string) =>
  db.doc(paths.statsDoc(workspaceId, statsId));

// A stats document is a sharded counter whose values are all its numbers: events add to its
// shards, and a fold replaces the document by their sum, at most once a second, so a busy
// workspace's pipeline and current month stay under Firestore's sustained write rate. A document
// written before sharding keeps its numbers: its first fold adds them to what its shards hold.
export const statsCounter = (workspaceId: string, statsId: string): ShardedCounter => {
  const document = statsDocRef(workspaceId, statsId);
  return {
    document,
    foldWanted: db
      .doc(paths.statsCounterFold(workspaceId, statsId))
      .withConverter(converter(counterFoldSchema)),
    write: (transaction, values) =>
      transaction.set(document, { ...bookkeeping(statsId), ...values }),
    // Its numbers: the month and the update time are no part of them.
    ownValues: (snapshot) => sumCounterShards([snapshot.data() as DocumentData | undefined]),
    createdByFold: true,
  };
};

// The increments per stats document, each as one tree whose leaves sum the amounts of a field.
export const statsIncrementTrees = (increments: Increment[]) =>
  Object.entries(applyIncrements({}, increments));

// Replaces a stats document by the given numbers (absent: an empty document) and resets its
// shards to them, in the caller's transaction.
export const overwriteStats = (
  transaction: Transaction,
  workspaceId: string,
  statsId: string,
  tree: StatsTree | undefined,
) => resetCounter(transaction, statsCounter(workspaceId, statsId), tree ?? {});
