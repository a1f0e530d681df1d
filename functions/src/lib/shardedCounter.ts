import {
  FieldValue,
  type DocumentData,
  type DocumentReference,
  type DocumentSnapshot,
  type SetOptions,
  type Transaction,
} from "firebase-admin/firestore";
import {
  counterShardCount,
  counterShardIndex,
  foldDelayMs,
  newCounterFold,
  resetCounterShards,
  sumCounterShards,
  type CounterFold,
  type CounterTree,
} from "@pano/domain";
import { logger } from "firebase-functions/v2";
import { db } from "./admin";
import { deferFold } from "./foldQueue";
import { counterShardRef } from "./refs";
import { createIn, serverTime, setIn } from "./typedWrites";

// A document whose counter values are the sum of its shards (see
// domain/src/counters/shardedCounter.ts), the document that asks for it to be folded, and how
// the values sit in the document: a project's counts are two of its fields, a report aggregate
// is all numbers besides its bookkeeping.
export type ShardedCounter = {
  document: DocumentReference<unknown>;
  foldWanted: DocumentReference<CounterFold>;
  // Writes the values into the document, the fold time with them, in the caller's transaction.
  write: (transaction: Transaction, values: CounterTree) => void;
  // The values a document held before it had shards (nothing when it does not exist).
  ownValues: (document: DocumentSnapshot<unknown>) => CounterTree;
  // A report aggregate comes into being with its first fold; a deleted project stays deleted.
  createdByFold: boolean;
};

const shardRefs = (counter: ShardedCounter) =>
  Array.from({ length: counterShardCount }, (_, index) =>
    counterShardRef(counter.document.path, index),
  );

// The shard an event or ledger entry adds to: the same key always lands on the same shard.
const shardOf = (counter: ShardedCounter, key: string) =>
  counterShardRef(counter.document.path, counterShardIndex(key));

// Increments as nested maps: a merging set takes each key literally (ids may hold dots or
// slashes) and creates the shard and its maps when missing.
const incrementTree = (increments: CounterTree): DocumentData =>
  Object.fromEntries(
    Object.entries(increments).map(([key, value]) => [
      key,
      typeof value === "number" ? FieldValue.increment(value) : incrementTree(value),
    ]),
  );

// Sets the document and its shards to the given values in the caller's transaction: shard 0
// holds them, the others are emptied, the document the same values, and no fold is wanted. Every
// shard is written, so an increment committed before is replaced and one committed after adds to
// shards that sum to these values.
export const resetCounter = (
  transaction: Transaction,
  counter: ShardedCounter,
  values: CounterTree,
) => {
  const shards = resetCounterShards(values);
  shardRefs(counter).forEach((shard, index) => setIn(transaction, shard, shards[index] ?? {}));
  counter.write(transaction, values);
  transaction.delete(counter.foldWanted);
};

// A transaction or a batch.
type MergingWriter = {
  set: (reference: DocumentReference, data: DocumentData, options: SetOptions) => unknown;
};

// In the caller's transaction or batch, which records the event as processed: adds the event's
// increments to the shard of `key` (the event's or ledger entry's id), without reading anything,
// so events of one document contend only for their shard. The fold that follows does the rest.
export const addToShard = (
  writer: MergingWriter,
  counter: ShardedCounter,
  key: string,
  increments: CounterTree,
) => {
  writer.set(shardOf(counter, key).withConverter(null), incrementTree(increments), {
    merge: true,
  });
};

export type Fold =
  | { outcome: "folded" | "gone" }
  // The document may be folded in dueInMs: this fold asked for that, or found it asked already.
  | { outcome: "asked" | "later"; dueInMs: number };

// Writes the sum of the shards into the document, unless it was written less than a second ago:
// then a fold-wanted document asks for a later fold (created when missing, never rewritten, so it
// is no hot document itself), which foldSoon or the scheduled run does.
//
// Why every increment ends up in a fold that read it: the server SDK's transactions take locks
// (shared on read, exclusive on write) and are serializable. A fold runs after every increment
// has committed, so it either reads the shards itself, or sees or creates the fold-wanted
// document. A fold that deletes that document read it, so it is ordered after this one and
// therefore after the increment, and it reads every shard (by name: a lock holds even on a shard
// not yet created). So the race of a fold that read the shards just before the increment and
// deletes the fold-wanted document cannot lose it: its shard locks hold the increment back until
// it has committed, and the fold that follows the increment then folds or asks again.
export const foldCounter = (counter: ShardedCounter) =>
  db.runTransaction(
    async (transaction): Promise<Fold> => {
      const [current, wanted] = await Promise.all([
        transaction.get(counter.document),
        transaction.get(counter.foldWanted),
      ]);
      if (!current.exists && !counter.createdByFold) {
        if (wanted.exists) transaction.delete(counter.foldWanted);
        return { outcome: "gone" };
      }
      // The document's last write, whatever wrote it, spaces the folds: both times are the
      // server's, so the function's clock plays no part.
      const dueInMs = foldDelayMs(current.updateTime?.toDate(), current.readTime.toDate());
      if (dueInMs > 0) {
        if (wanted.exists) return { outcome: "later", dueInMs };
        createIn(
          transaction,
          counter.foldWanted,
          newCounterFold(counter.document.path, serverTime()),
        );
        return { outcome: "asked", dueInMs };
      }
      const shards = await transaction.getAll(...shardRefs(counter));
      const [base, ...added] = shards;
      // Without the base a reset writes, the document's values are still its own (written before
      // sharding, or none yet): they and what events added become the base, once per document.
      if (!base?.exists && added.some((shard) => shard.exists)) {
        resetCounter(
          transaction,
          counter,
          sumCounterShards([counter.ownValues(current), ...added.map((shard) => shard.data())]),
        );
        return { outcome: "folded" };
      }
      if (base?.exists)
        counter.write(transaction, sumCounterShards(shards.map((shard) => shard.data())));
      if (wanted.exists) transaction.delete(counter.foldWanted);
      return { outcome: "folded" };
    },
    // Folds of one document contend with each other and with resets; the loser retries, sees the
    // new fold time and asks for a later fold.
    { maxAttempts: 20 },
  );

// A request older than this has lost its asker (a task that never ran): the next event answers it.
const askerGoneMs = 20_000;
// How many times a deferred fold waits for the document's second to pass: each wait ends when the
// fold may be written, so more are needed only while other writers keep writing the document.
const maxWaits = 10;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// The deferred fold (`foldCounterWhenDue`, a Cloud Tasks queue): waits until the document may be
// written and folds then, as often as someone else wrote it meanwhile.
export const foldWhenDue = async (counter: ShardedCounter): Promise<Fold> => {
  for (let waits = 0; ; waits += 1) {
    const fold = await foldCounter(counter);
    if (!("dueInMs" in fold) || waits === maxWaits) return fold;
    await pause(fold.dueInMs);
  }
};

// Run after every shard increment: folds now, or, when the document was written less than a
// second ago, leaves the fold request and hands the fold to the queue, which waits out the
// second. The event itself never waits, so a trigger stays quick even where events are delivered
// one at a time (the emulator). A burst's counters so show within about a second of its last
// event, while other events of the burst, finding the request there, stop at once. The scheduled
// run answers a request whose task never ran; so does the first event after askerGoneMs, for the
// emulator, which runs no schedules.
export const foldSoon = async (counter: ShardedCounter): Promise<Fold> => {
  // A request already there is answered by a fold that reads this event's shard (see above), so
  // the rest of a burst stops after one read, without a transaction that would queue behind the
  // others on the document.
  const wanted = await counter.foldWanted.get();
  const askedAt = wanted.data()?.wantedAt;
  if (askedAt && wanted.readTime.toDate().getTime() - askedAt.getTime() < askerGoneMs)
    return { outcome: "later", dueInMs: 0 };
  const fold = await foldCounter(counter).catch((error: unknown) => {
    // The event's increment is committed; a fold whose transaction lost to contention (the
    // emulator closes one that waited too long for its locks) is left to the queue.
    logger.warn("fold failed, queued instead", counter.document.path, error);
    return { outcome: "later", dueInMs: 0 } satisfies Fold;
  });
  // Queued when the fold has to wait, failed, or found a request whose task never ran (or one
  // made a moment ago, whose extra task finds nothing to do). Without the task (the queue
  // unreachable), a request stays for the scheduled run.
  if ("dueInMs" in fold)
    await deferFold(counter.document.path).catch((error: unknown) =>
      logger.error("could not queue a deferred fold", counter.document.path, error),
    );
  return fold;
};

// A deleted document's shards and fold request go too (the project delete trigger).
export const deleteCounterShards = async (counter: ShardedCounter) => {
  const batch = db.batch();
  for (const shard of shardRefs(counter)) batch.delete(shard);
  batch.delete(counter.foldWanted);
  await batch.commit();
};
