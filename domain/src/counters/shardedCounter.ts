import { z } from "zod";
import type { DocumentWrite, WriteTime } from "../documents/documentWrite";
import { timestampSchema } from "../validation/common";

// A sharded counter: a document whose counter values are the sum of its shard documents
// (`<document>/counterShards/{0..count-1}`). Each event adds to one shard, so concurrent events
// spread over the shards; a fold writes the sum into the document at most once per
// foldIntervalMs, which keeps the document under Firestore's sustained write rate of about one
// per second. Changing the count strands whatever the dropped shards hold, so it stays fixed.
export const counterShardCount = 8;
export const foldIntervalMs = 1_000;

// A counter's values: numbers, or maps of them to any depth. A project's counts are flat
// ({ taskCount, doneTaskCount }); a report aggregate is a tree (openByStage › lead › count).
export type CounterTree = { [key: string]: number | CounterTree };
export const counterTreeSchema: z.ZodType<CounterTree> = z.lazy(() =>
  z.record(z.string(), z.union([z.number(), counterTreeSchema])),
);

// A shard holds some of the document's counter values (all of them once it is reset).
export const counterShardSchema = counterTreeSchema;
export type CounterShard = CounterTree;

// "Fold this document": left by an event that added to a shard while the document had been folded
// less than foldIntervalMs ago; the event that left it answers it a moment later, or else the
// scheduled fold, which finds it with a collection-group query.
export const counterFoldSchema = z.object({ document: z.string(), wantedAt: timestampSchema });
export type CounterFold = z.infer<typeof counterFoldSchema>;

export const newCounterFold = (
  documentPath: string,
  wantedAt: WriteTime,
): DocumentWrite<CounterFold> => ({
  document: documentPath,
  wantedAt,
});

// The shard an event adds to, never shard 0: that one is the base a reset writes, so a document
// whose shard 0 is missing was never reset and its own values still count (written before
// sharding, or none yet). FNV-1a: the same event always lands on the same shard, and event ids
// spread evenly over the others.
export const counterShardIndex = (eventId: string, shardCount = counterShardCount) => {
  let hash = 0x811c9dc5;
  for (let index = 0; index < eventId.length; index += 1) {
    hash ^= eventId.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return 1 + (hash % (shardCount - 1));
};

// A map as Firestore returns it; a timestamp or any other object is no part of a counter.
const isMap = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype;

const addInto = (sums: CounterTree, shard: Record<string, unknown>) => {
  for (const [key, value] of Object.entries(shard)) {
    const known = sums[key];
    if (typeof value === "number") sums[key] = (typeof known === "number" ? known : 0) + value;
    else if (isMap(value)) {
      const child = typeof known === "object" ? known : {};
      sums[key] = child;
      addInto(child, value);
    }
  }
};

// The document's counter values: each numeric leaf summed over the shards that have it, at the
// same path. A leaf whose sum is 0 stays, as increments leave it in a document.
export const sumCounterShards = (shards: readonly (Record<string, unknown> | undefined)[]) => {
  const sums: CounterTree = {};
  for (const shard of shards) addInto(sums, shard ?? {});
  return sums;
};

// Shards that add up to the given values: all of them in shard 0, the others empty. A reset
// writes these and the values into the document together. Emptying rather than zeroing every
// leaf keeps a large tree (a month's interactions per customer) from being written eight times.
export const resetCounterShards = (
  values: CounterTree,
  shardCount = counterShardCount,
): CounterShard[] =>
  Array.from({ length: shardCount }, (_, index) => (index === 0 ? structuredClone(values) : {}));

// How long a fold has to wait before it may write the document: 0 when it was never written or
// written at least foldIntervalMs before `now` (both on the server's clock).
export const foldDelayMs = (writtenAt: Date | undefined, now: Date) =>
  writtenAt === undefined ? 0 : Math.max(0, writtenAt.getTime() + foldIntervalMs - now.getTime());
