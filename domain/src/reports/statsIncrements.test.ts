import { describe, expect, it } from "vitest";
import {
  applyIncrements,
  incrementDelta,
  statsDifference,
  type Increment,
} from "./statsIncrements";

const inc = (doc: string, path: string[], amount: number): Increment => ({ doc, path, amount });

describe("incrementDelta", () => {
  it("turns one contribution into another, merged per field, zeros dropped", () => {
    const before = [
      inc("pipeline", ["openByStage", "lead", "count"], 1),
      inc("pipeline", ["openByStage", "lead", "value", "TRY"], 500),
    ];
    const after = [
      inc("pipeline", ["openByStage", "lead", "count"], 1),
      inc("pipeline", ["openByStage", "lead", "value", "TRY"], 800),
    ];
    expect(incrementDelta(before, after)).toEqual([
      inc("pipeline", ["openByStage", "lead", "value", "TRY"], 300),
    ]);
    expect(incrementDelta(after, after)).toEqual([]);
  });

  it("keeps keys with dots and slashes apart from nested paths", () => {
    const dotted = [inc("month-2026-11", ["lost", "reasons", "fiyat.yüksek"], 1)];
    const nested = [inc("month-2026-11", ["lost", "reasons", "fiyat", "yüksek"], 1)];
    expect(incrementDelta(dotted, nested)).toHaveLength(2);
  });
});

describe("applyIncrements", () => {
  it("adds to nested fields without changing the given documents", () => {
    const docs = { pipeline: { projectsByStatus: { active: 2 } } };
    const next = applyIncrements(docs, [
      inc("pipeline", ["projectsByStatus", "active"], -1),
      inc("pipeline", ["projectsByStatus", "planned"], 1),
      inc("month-2026-11", ["tasks", "completed"], 1),
    ]);
    expect(next).toEqual({
      pipeline: { projectsByStatus: { active: 1, planned: 1 } },
      "month-2026-11": { tasks: { completed: 1 } },
    });
    expect(docs.pipeline.projectsByStatus.active).toBe(2);
  });
});

describe("statsDifference", () => {
  it("ignores zeros and rounding, and names the first field that differs", () => {
    expect(
      statsDifference({ a: { x: 0.1 + 0.2, y: 0 } }, { a: { x: 0.3 }, b: { z: 0 } }),
    ).toBeNull();
    expect(statsDifference({ a: { won: { count: 4 } } }, { a: { won: { count: 5 } } })).toBe(
      "a › won › count: 4 ≠ 5",
    );
    expect(statsDifference({ a: { n: 1 } }, {})).toBe("a: {…} ≠ absent");
  });
});
