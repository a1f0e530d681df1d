import { describe, expect, it } from "vitest";
import { formatRelativeTime } from "./relativeTime";

const now = new Date("2026-11-30T10:00:00Z");
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60 * 1000);

describe("formatRelativeTime", () => {
  it("says how long ago in short Turkish forms without abbreviation dots", () => {
    expect(formatRelativeTime(ago(0.5), now, "tr")).toBe("az önce");
    expect(formatRelativeTime(ago(5), now, "tr")).toBe("5 dk önce");
    expect(formatRelativeTime(ago(59), now, "tr")).toBe("59 dk önce");
    expect(formatRelativeTime(ago(60), now, "tr")).toBe("1 sa önce");
    expect(formatRelativeTime(ago(3 * 24 * 60), now, "tr")).toBe("3 gün önce");
  });

  it("says the same in English", () => {
    expect(formatRelativeTime(ago(5), now, "en")).toBe("5 min ago");
    expect(formatRelativeTime(ago(150), now, "en")).toBe("2 h ago");
    expect(formatRelativeTime(ago(0), now, "en")).toBe("just now");
  });

  it("reads a time slightly ahead of the clock as now and an old one as its date", () => {
    expect(formatRelativeTime(ago(-2), now, "tr")).toBe("az önce");
    expect(formatRelativeTime(ago(8 * 24 * 60), now, "tr", "Europe/Istanbul")).toBe("22 Kas 2026");
  });
});
