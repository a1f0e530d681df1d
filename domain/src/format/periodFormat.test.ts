import { describe, expect, it } from "vitest";
import { formatMonth, formatPercent, formatWeek } from "./periodFormat";

describe("period labels", () => {
  it("names a month and a week in each language, whatever the machine's time zone", () => {
    expect(formatMonth("2026-03", "tr")).toBe("Mar 2026");
    expect(formatMonth("2026-08", "tr")).toBe("Ağu 2026");
    expect(formatMonth("2026-08", "en")).toBe("Aug 2026");
    expect(formatWeek("2026-11-23", "tr")).toBe("23 Kas");
    expect(formatWeek("2026-11-23", "en")).toBe("23 Nov");
  });

  it("writes a rate as a whole percentage the way each language does", () => {
    expect(formatPercent(0.625, "tr")).toBe("%63");
    expect(formatPercent(0.625, "en")).toBe("63%");
    expect(formatPercent(0, "tr")).toBe("%0");
  });
});
