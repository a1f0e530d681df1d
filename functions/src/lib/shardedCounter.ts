import {
  FieldValue,
  type DocumentReference,
  type DocumentSnapshot,
  type Transaction,
} from "firebase-admin/firestore";
import {
  counterShardCount,
  counterShardIndex,
  foldedCounterSchema,
  foldDelayMs,
  newCounterFold,
  resetCounterShards,
  sumCounterShards,
  type CounterFold,
} from "@pano/domain";
import { db } from "./admin";
import { withDates } from "./converter";
import { counterShardRef } from "./refs";
import { createIn, serverTime, setIn } from "./typedWrites";

// A document whose numeric counter fields are the sum of its shards (see
// domain/src/counters/shardedCounter.ts), and the document that asks for it to be folded.
export type ShardedCounter = {
  document: DocumentReference<unknown>;
  foldWanted: DocumentReference<CounterFold>;
};

const shardRefs = (counter: ShardedCounter) =>
  Array.from({ length: counterShardCount }, (_, index) =>
    counterShardRef(counter.document.path, index),
  );

// Read from the raw field: a counter document's own schema need not know about folds.
const foldedAt = (document: DocumentSnapshot<unknown>) =>
  foldedCounterSchema.parse(withDates({ countersFoldedAt: document.get("countersFoldedAt") }))
    .countersFoldedAt;

// Counters and the fold time are written raw: an increment or the server clock is a sentinel,
// and Firestore's own type checks it.
const writeFold = (
  transaction: Transaction,
  counter: ShardedCounter,
  values: Record<string, number>,
) =>
  transaction.update(counter.document.withConverter(null), {
    ...values,
    countersFoldedAt: FieldValue.serverTimestamp(),
  });

// Sets the document and its shards to the given values in the caller's transaction: shard 0
// holds them, the others zero, the document the same values, and no fold is wanted. Every shard
// is written, so an increment committed before is replaced and one committed after adds to
// shards that sum to these values.
export const resetCounter = (
  transaction: Transaction,
  counter: ShardedCounter,
  values: Record<string, number>,
) => {
  const shards = resetCounterShards(values);
  shardRefs(counter).forEach((shard, index) => setIn(transaction, shard, shards[index] ?? {}));
  writeFold(transaction, counter, values);
  transaction.delete(counter.foldWanted);
};

// In the caller's transaction, which read the document as `current` and records the event as
// processed: adds the event's increments to the event's shard. A document never folded has no
// shards yet and its counters are its own (written before sharding, or zero at creation): it
// becomes sharded here, its values plus the increments reset into the shards, once per document.
// Says whether a fold should follow.
export const addToShard = (
  transaction: Transaction,
  counter: ShardedCounter,
  current: DocumentSnapshot<unknown>,
  eventId: string,
  increments: Record<string, number>,
) => {
  if (foldedAt(current) === undefined) {
    const own = (field: string) => {
      const value: unknown = current.get(field);
      return typeof value === "number" ? value : 0;
    };
    resetCounter(
      transaction,
      counter,
      Object.fromEntries(
        Object.entries(increments).map(([field, amount]) => [field, own(field) + amount]),
      ),
    );
    return false;
  }
  const shard = counterShardRef(counter.document.path, counterShardIndex(eventId));
  transaction.set(
    shard.withConverter(null),
    Object.fromEntries(
      Object.entries(increments).map(([field, amount]) => [field, FieldValue.increment(amount)]),
    ),
    { merge: true },
  );
  return true;
};

export type Fold =
  | { outcome: "folded" | "later" | "gone" }
  // This fold asked for a later one, which may happen in dueInMs.
  | { outcome: "asked"; dueInMs: number };

// Writes the sum of the shards into the document, unless it was folded less than a second ago:
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
      if (!current.exists) {
        if (wanted.exists) transaction.delete(counter.foldWanted);
        return { outcome: "gone" };
      }
      const last = foldedAt(current);
      // Never folded: there are no shards, the counters are the document's own.
      if (last === undefined) {
        if (wanted.exists) transaction.delete(counter.foldWanted);
        return { outcome: "folded" };
      }
      // Both times are the server's, so the function's clock plays no part.
      const dueInMs = foldDelayMs(last, current.readTime.toDate());
      if (dueInMs > 0) {
        if (wanted.exists) return { outcome: "later" };
        createIn(
          transaction,
          counter.foldWanted,
          newCounterFold(counter.document.path, serverTime()),
        );
        return { outcome: "asked", dueInMs };
      }
      const shards = await transaction.getAll(...shardRefs(counter));
      writeFold(transaction, counter, sumCounterShards(shards.map((shard) => shard.data())));
      if (wanted.exists) transaction.delete(counter.foldWanted);
      return { outcome: "folded" };
    },
    // Folds of one document contend with each other and with resets; the loser retries, sees the
    // new fold time and asks for a later fold.
    { maxAttempts: 20 },
  );

// Run after every shard increment: folds now, or, when this call asked for the later fold, waits
// out the second and folds then. A burst's counters so show within about a second of its last
// event, while other events of the burst, finding the request there, stop at once. The scheduled
// run answers whatever is left (a request whose asker stopped, or whose fold had to wait again).
export const foldSoon = async (counter: ShardedCounter) => {
  const fold = await foldCounter(counter);
  if (fold.outcome !== "asked") return fold;
  await new Promise((resolve) => setTimeout(resolve, fold.dueInMs));
  return foldCounter(counter);
};

// A deleted document's shards and fold request go too (the project delete trigger).
export const deleteCounterShards = async (counter: ShardedCounter) => {
  const batch = db.batch();
  for (const shard of shardRefs(counter)) batch.delete(shard);
  batch.delete(counter.foldWanted);
  await batch.commit();
};
