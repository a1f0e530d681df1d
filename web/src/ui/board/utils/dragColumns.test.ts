import { describe, expect, it } from "vitest";
import { columnDroppableId, dropPosition, findColumn, moveAcross } from "./dragColumns";

const columns = { todo: ["a", "b", "c"], done: ["d"], empty: [] };

describe("drag columns", () => {
  it("finds a card's column and a column by its droppable id", () => {
    expect(findColumn(columns, "b")).toBe("todo");
    expect(findColumn(columns, columnDroppableId("empty"))).toBe("empty");
    expect(findColumn(columns, "zzz")).toBeUndefined();
  });

  it("moves a card over another column's card to that card's place", () => {
    expect(moveAcross(columns, "b", "d")).toEqual({
      todo: ["a", "c"],
      done: ["b", "d"],
      empty: [],
    });
  });

  it("moves a card over an empty column to its end", () => {
    expect(moveAcross(columns, "a", columnDroppableId("empty")).empty).toEqual(["a"]);
  });

  it("leaves a move within one column to the drop", () => {
    expect(moveAcross(columns, "a", "c")).toBe(columns);
  });

  it("reports the drop position within a column and after a cross-column move", () => {
    expect(dropPosition(columns, "a", "c")).toEqual({ column: "todo", index: 2 });
    expect(dropPosition(columns, "c", "a")).toEqual({ column: "todo", index: 0 });
    expect(dropPosition(columns, "d", columnDroppableId("done"))).toEqual({
      column: "done",
      index: 0,
    });
  });
});
