import { describe, expect, it } from "vitest";
import { contactGapCutoff } from "./contactGap";

describe("contactGapCutoff", () => {
  it("is thirty days before now", () => {
    expect(contactGapCutoff(new Date("2026-11-30T12:00:00Z"))).toEqual(
      new Date("2026-10-31T12:00:00Z"),
    );
  });
});
