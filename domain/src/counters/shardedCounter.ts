import { z } from "zod";
import type { DocumentWrite, WriteTime } from "../documents/documentWrite";
import { timestampSchema } from "../validation/common";

// A sharded counter: a document whose numeric counter fields are the sum of its shard documents
// (`<document>/counterShards/{0..count-1}`). Each event adds to one shard, so concurrent events
// spread over the shards; a fold writes the sum into the document at most once per
// foldIntervalMs, which keeps the document under Firestore's sustained write rate of about one
// per second. Changing the count strands whatever the dropped shards hold, so it stays fixed.
export const counterShardCount = 8;
export const foldIntervalMs = 1_000;

// What a counter document carries besides its counters: when a fold last wrote it (server time).
// A document without it has never been folded: its counters are its own and it has no shards.
export const foldedCounterSchema = z.object({ countersFoldedAt: timestampSchema.optional() });

// A shard holds some of the document's counter fields (all of them once it is reset).
export const counterShardSchema = z.record(z.string(), z.number());
export type CounterShard = z.infer<typeof counterShardSchema>;

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

// FNV-1a: the same event always lands on the same shard (a redelivery finds its marker beside
// it), and event ids spread evenly over the shards.
export const counterShardIndex = (eventId: string, shardCount = counterShardCount) => {
  let hash = 0x811c9dc5;
  for (let index = 0; index < eventId.length; index += 1) {
    hash ^= eventId.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % shardCount;
};

// The document's counter values: each numeric field summed over the shards that have it.
export const sumCounterShards = (shards: readonly (Record<string, unknown> | undefined)[]) => {
  const sums: Record<string, number> = {};
  for (const shard of shards)
    for (const [field, value] of Object.entries(shard ?? {}))
      if (typeof value === "number") sums[field] = (sums[field] ?? 0) + value;
  return sums;
};

// Shards that add up to the given values: all of them in shard 0, zeros in the others, every
// field in every shard. A reset writes these and the values into the document together.
export const resetCounterShards = (
  values: Record<string, number>,
  shardCount = counterShardCount,
): CounterShard[] =>
  Array.from({ length: shardCount }, (_, index) =>
    index === 0
      ? { ...values }
      : Object.fromEntries(Object.keys(values).map((field) => [field, 0])),
  );

// How long a fold has to wait before it may write the document: 0 when it was never folded or
// folded at least foldIntervalMs before `now` (both on the server's clock).
export const foldDelayMs = (foldedAt: Date | undefined, now: Date) =>
  foldedAt === undefined ? 0 : Math.max(0, foldedAt.getTime() + foldIntervalMs - now.getTime());
