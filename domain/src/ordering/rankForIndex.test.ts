import { describe, expect, it } from "vitest";
import { compareRanked, rankForIndex, type Ranked } from "./rankForIndex";

const column = (...ranks: string[]): Ranked[] =>
  ranks.map((rank, index) => ({ id: `c${index}`, rank }));

const insert = (others: Ranked[], index: number, id: string) => {
  const moved = { id, rank: rankForIndex(others, index) };
  const result = [...others, moved].sort(compareRanked);
  return { result, at: result.indexOf(moved) };
};

describe("rankForIndex", () => {
  it("gives the first card of an empty column a rank", () => {
    expect(rankForIndex([], 0)).toMatch(/^\S+$/);
  });

  it("places a card at the top, bottom and between neighbours", () => {
    const others = column("a0", "a1", "a2");
    expect(insert(others, 0, "new").at).toBe(0);
    expect(insert(others, 3, "new").at).toBe(3);
    expect(insert(others, 2, "new").at).toBe(2);
  });

  it("keeps order through many inserts into the same tight gap", () => {
    let cards = column("a0", "a1");
    for (let step = 0; step < 50; step += 1) {
      const { result, at } = insert(cards, 1, `n${step}`);
      expect(at).toBe(1);
      cards = result;
    }
    expect(cards.map((card) => card.rank)).toEqual([...cards.map((card) => card.rank)].sort());
  });

  it("steps past tied ranks left by concurrent inserts", () => {
    const others = [
      { id: "a", rank: "a0" },
      { id: "b", rank: "a1" },
      { id: "c", rank: "a1" },
      { id: "d", rank: "a2" },
    ];
    const { result, at } = insert(others, 2, "x");
    expect(at).toBe(3);
    expect(result.map((card) => card.id)).toEqual(["a", "b", "c", "x", "d"]);
  });
});

describe("compareRanked", () => {
  it("breaks rank ties by id so every client sorts alike", () => {
    const cards = [
      { id: "z", rank: "a1" },
      { id: "b", rank: "a1" },
      { id: "m", rank: "a0" },
    ];
    expect([...cards].sort(compareRanked).map((card) => card.id)).toEqual(["m", "b", "z"]);
  });
});
