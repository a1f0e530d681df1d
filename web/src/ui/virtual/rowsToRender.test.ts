import { describe, expect, it } from "vitest";
import { rowsToRender } from "./rowsToRender";

const range = (count: number, startIndex: number, endIndex: number) => ({
  count,
  startIndex,
  endIndex,
  overscan: 2,
});

describe("rowsToRender", () => {
  it("renders a short list whole", () => {
    expect(rowsToRender(range(100, 10, 20))).toHaveLength(100);
  });

  it("renders the visible rows and the overscan of a long list", () => {
    expect(rowsToRender(range(5000, 10, 14))).toEqual([8, 9, 10, 11, 12, 13, 14, 15, 16]);
  });

  it("keeps a row far from the visible ones, in order", () => {
    expect(rowsToRender(range(5000, 10, 11), 4000)).toEqual([8, 9, 10, 11, 12, 13, 4000]);
    expect(rowsToRender(range(5000, 10, 11), 3)).toEqual([3, 8, 9, 10, 11, 12, 13]);
    expect(rowsToRender(range(5000, 10, 11), 9)).toEqual([8, 9, 10, 11, 12, 13]);
  });
});
