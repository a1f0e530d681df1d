import { describe, expect, it } from "vitest";
import { sameList } from "./sameList";

const sameId = (left: { id: string }, right: { id: string }) => left.id === right.id;

describe("sameList", () => {
  it("holds lists of the same items in the same order the same, though built anew", () => {
    expect(sameList([{ id: "a" }, { id: "b" }], [{ id: "a" }, { id: "b" }], sameId)).toBe(true);
    expect(sameList([], [], sameId)).toBe(true);
  });

  it("tells apart lists that differ in an item, in order or in length", () => {
    expect(sameList([{ id: "a" }, { id: "b" }], [{ id: "a" }, { id: "c" }], sameId)).toBe(false);
    expect(sameList([{ id: "a" }, { id: "b" }], [{ id: "b" }, { id: "a" }], sameId)).toBe(false);
    expect(sameList([{ id: "a" }], [{ id: "a" }, { id: "b" }], sameId)).toBe(false);
  });
});
