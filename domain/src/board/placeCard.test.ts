import { describe, expect, it } from "vitest";
import { compareRanked } from "../ordering/rankForIndex";
import { applyPlacements, groupIntoColumns, placeCard } from "./placeCard";

const card = (id: string, column: string, rank: string) => ({ id, column, rank });

describe("groupIntoColumns", () => {
  it("sorts each column by rank then id, and keeps empty columns", () => {
    const columns = groupIntoColumns(
      [card("b", "todo", "a1"), card("a", "todo", "a1"), card("c", "todo", "a0")],
      ["todo", "done"],
    );
    expect(columns["todo"]?.map((item) => item.id)).toEqual(["c", "a", "b"]);
    expect(columns["done"]).toEqual([]);
  });

  it("shows a card of a removed column in the first column", () => {
    const columns = groupIntoColumns([card("x", "gone", "a0")], ["todo", "done"]);
    expect(columns["todo"]?.map((item) => item.id)).toEqual(["x"]);
  });
});

describe("placeCard", () => {
  const columns = groupIntoColumns(
    [card("a", "todo", "a0"), card("b", "todo", "a1"), card("c", "todo", "a2")],
    ["todo", "done"],
  );

  it("places a card in an empty column", () => {
    expect(placeCard(columns, "a", "done", 0)).toEqual({ column: "done", rank: "a0" });
  });

  it("places a card between its new neighbours within its own column", () => {
    const placement = placeCard(columns, "c", "todo", 1);
    expect(placement.rank > "a0" && placement.rank < "a1").toBe(true);
  });

  it("places at the top and the bottom, clamping an index past the end", () => {
    expect(placeCard(columns, "c", "todo", 0).rank < "a0").toBe(true);
    expect(placeCard(columns, "a", "todo", 99).rank > "a2").toBe(true);
  });

  it("gives the order the user asked for after many moves into one spot", () => {
    let cards = [card("a", "todo", "a0"), card("b", "todo", "a1")];
    for (let step = 0; step < 40; step += 1) {
      const id = `n${step}`;
      const grouped = groupIntoColumns([...cards, card(id, "done", "a0")], ["todo", "done"]);
      const placement = placeCard(grouped, id, "todo", 1);
      cards = [...cards, card(id, placement.column, placement.rank)];
      expect([...cards].sort(compareRanked)[1]?.id).toBe(id);
    }
  });
});

describe("placements", () => {
  const cards = [card("a", "todo", "a0"), card("b", "todo", "a1")];

  it("shows a local placement over the live card", () => {
    const shown = applyPlacements(cards, { a: { column: "done", rank: "a5" } });
    expect(shown[0]).toEqual(card("a", "done", "a5"));
    expect(shown[1]).toBe(cards[1]);
  });
});
