import { describe, expect, it } from "vitest";
import { inQueryChunks } from "./inQueryChunks";

describe("inQueryChunks", () => {
  it("asks for nothing when there is nothing, and for at most 30 values at a time", () => {
    expect(inQueryChunks([])).toEqual([]);
    const ids = Array.from({ length: 61 }, (_, index) => `id${index}`);
    expect(inQueryChunks(ids).map((chunk) => chunk.length)).toEqual([30, 30, 1]);
    expect(inQueryChunks(ids).flat()).toEqual(ids);
  });
});
