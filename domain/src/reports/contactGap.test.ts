import { describe, expect, it } from "vitest";
import { contactGapCutoff, followUpOverdueCutoff } from "./contactGap";

describe("contactGapCutoff", () => {
  it("is thirty days before now", () => {
    expect(contactGapCutoff(new Date("2026-11-30T12:00:00Z"))).toEqual(
      new Date("2026-10-31T12:00:00Z"),
    );
  });
});

describe("followUpOverdueCutoff", () => {
  it("is the start of today in Istanbul, so a follow-up dated today is not yet overdue", () => {
    expect(followUpOverdueCutoff(new Date("2026-11-30T12:00:00Z"))).toEqual(
      new Date("2026-11-29T21:00:00Z"),
    );
    expect(followUpOverdueCutoff(new Date("2026-11-30T22:30:00Z"))).toEqual(
      new Date("2026-11-30T21:00:00Z"),
    );
  });
});
