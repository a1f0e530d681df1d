import { describe, expect, it } from "vitest";
import {
  counterShardCount,
  counterShardIndex,
  foldDelayMs,
  resetCounterShards,
  sumCounterShards,
} from "./shardedCounter";

describe("counterShardIndex", () => {
  it("gives an event the same shard every time, within the shard count", () => {
    const index = counterShardIndex("projects/p1/event-42");
    expect(counterShardIndex("projects/p1/event-42")).toBe(index);
    expect(index).toBeGreaterThanOrEqual(0);
    expect(index).toBeLessThan(counterShardCount);
    expect(Number.isInteger(index)).toBe(true);
  });

  it("spreads event ids over every shard", () => {
    const hits = new Array<number>(counterShardCount).fill(0);
    for (let event = 0; event < 800; event += 1)
      hits[counterShardIndex(`event-${event}`)] =
        (hits[counterShardIndex(`event-${event}`)] ?? 0) + 1;
    for (const count of hits) {
      expect(count).toBeGreaterThan(60);
      expect(count).toBeLessThan(140);
    }
  });

  it("keeps to a smaller shard count when given one", () => {
    expect(counterShardIndex("event-1", 3)).toBeLessThan(3);
  });
});

describe("sumCounterShards", () => {
  it("sums each numeric field over the shards that have it, missing shards adding nothing", () => {
    expect(
      sumCounterShards([
        { taskCount: 3, doneTaskCount: 1 },
        undefined,
        { taskCount: -1 },
        { doneTaskCount: 2, note: "not a number" },
      ]),
    ).toEqual({ taskCount: 2, doneTaskCount: 3 });
  });

  it("is empty when no shard exists", () => {
    expect(sumCounterShards([undefined, undefined])).toEqual({});
  });
});

describe("resetCounterShards", () => {
  it("puts the values in shard 0 and zeros in the others, so they sum to the values", () => {
    const shards = resetCounterShards({ taskCount: 7, doneTaskCount: 2 });
    expect(shards).toHaveLength(counterShardCount);
    expect(shards[0]).toEqual({ taskCount: 7, doneTaskCount: 2 });
    expect(shards[5]).toEqual({ taskCount: 0, doneTaskCount: 0 });
    expect(sumCounterShards(shards)).toEqual({ taskCount: 7, doneTaskCount: 2 });
  });
});

describe("foldDelayMs", () => {
  const foldedAt = new Date("2026-11-30T09:00:00.000Z");

  it("folds a document never folded at once", () => {
    expect(foldDelayMs(undefined, foldedAt)).toBe(0);
  });

  it("waits out the rest of the second after the last fold", () => {
    expect(foldDelayMs(foldedAt, foldedAt)).toBe(1_000);
    expect(foldDelayMs(foldedAt, new Date("2026-11-30T09:00:00.750Z"))).toBe(250);
    expect(foldDelayMs(foldedAt, new Date("2026-11-30T09:00:00.999Z"))).toBe(1);
  });

  it("folds at once when a second or more has passed", () => {
    expect(foldDelayMs(foldedAt, new Date("2026-11-30T09:00:01.000Z"))).toBe(0);
    expect(foldDelayMs(foldedAt, new Date("2026-11-30T09:05:00.000Z"))).toBe(0);
  });
});
