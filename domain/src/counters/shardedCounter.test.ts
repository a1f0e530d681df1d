import { describe, expect, it } from "vitest";
import {
  counterShardCount,
  counterShardIndex,
  foldDelayMs,
  resetCounterShards,
  sumCounterShards,
} from "./shardedCounter";

describe("counterShardIndex", () => {
  it("gives an event the same shard every time, within the shard count, never the base", () => {
    const index = counterShardIndex("projects/p1/event-42");
    expect(counterShardIndex("projects/p1/event-42")).toBe(index);
    expect(index).toBeGreaterThanOrEqual(1);
    expect(index).toBeLessThan(counterShardCount);
    expect(Number.isInteger(index)).toBe(true);
  });

  it("spreads event ids over every shard but the base", () => {
    const hits = new Array<number>(counterShardCount).fill(0);
    for (let event = 0; event < 700; event += 1)
      hits[counterShardIndex(`event-${event}`)] =
        (hits[counterShardIndex(`event-${event}`)] ?? 0) + 1;
    expect(hits[0]).toBe(0);
    for (const count of hits.slice(1)) {
      expect(count).toBeGreaterThan(60);
      expect(count).toBeLessThan(140);
    }
  });

  it("keeps to a smaller shard count when given one", () => {
    for (let event = 0; event < 20; event += 1)
      expect([1, 2]).toContain(counterShardIndex(`event-${event}`, 3));
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

  it("sums a tree leaf by leaf, keeping a leaf whose sum is 0 and ignoring what is no number", () => {
    expect(
      sumCounterShards([
        { openByStage: { lead: { count: 2, value: { TRY: 150 } } }, month: "2026-11" },
        { openByStage: { lead: { count: -1, value: { TRY: -150, USD: 20 } } } },
        { openByStage: { proposal: { count: 1 } }, updatedAt: new Date(0) },
      ]),
    ).toEqual({
      openByStage: { lead: { count: 1, value: { TRY: 0, USD: 20 } }, proposal: { count: 1 } },
    });
  });

  it("takes keys literally, dots and slashes included", () => {
    expect(sumCounterShards([{ reasons: { "a.b/c": 1 } }, { reasons: { "a.b/c": 2 } }])).toEqual({
      reasons: { "a.b/c": 3 },
    });
  });
});

describe("resetCounterShards", () => {
  it("puts the values in shard 0 and empties the others, so they sum to the values", () => {
    const shards = resetCounterShards({ taskCount: 7, doneTaskCount: 2 });
    expect(shards).toHaveLength(counterShardCount);
    expect(shards[0]).toEqual({ taskCount: 7, doneTaskCount: 2 });
    expect(shards[5]).toEqual({});
    expect(sumCounterShards(shards)).toEqual({ taskCount: 7, doneTaskCount: 2 });
  });

  it("resets a tree, copied so later changes to the values leave the shards alone", () => {
    const values = { won: { count: 3, byOwner: { u1: { count: 0 } } } };
    const shards = resetCounterShards(values);
    values.won.count = 99;
    expect(shards[0]).toEqual({ won: { count: 3, byOwner: { u1: { count: 0 } } } });
    expect(sumCounterShards(shards)).toEqual({ won: { count: 3, byOwner: { u1: { count: 0 } } } });
  });

  it("resets to nothing: every shard empty", () => {
    expect(resetCounterShards({}, 3)).toEqual([{}, {}, {}]);
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
