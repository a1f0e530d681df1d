import { describe, expect, it } from "vitest";
import { boardCards } from "./boardCards";

describe("boardCards", () => {
  it("keeps a row's card while the row is the same object", () => {
    const deal = { id: "d1", stage: "new" };
    const [first] = boardCards([deal], (row) => row.stage);
    const [again] = boardCards([deal], (row) => row.stage);
    expect(again).toBe(first);
    expect(again).toEqual({ id: "d1", stage: "new", column: "new" });
  });

  it("makes a new card for a changed row", () => {
    const [first] = boardCards([{ id: "d1", stage: "new" }], (row) => row.stage);
    const [moved] = boardCards([{ id: "d1", stage: "won" }], (row) => row.stage);
    expect(moved).not.toBe(first);
    expect(moved?.column).toBe("won");
  });

  it("makes a new card when the same row is put in another column", () => {
    const task = { id: "t1", status: "todo", stage: "doing" };
    const [byStatus] = boardCards([task], (row) => row.status);
    const [byStage] = boardCards([task], (row) => row.stage);
    expect(byStage?.column).toBe("doing");
    expect(byStatus?.column).toBe("todo");
  });
});
