import { describe, expect, it } from "vitest";
import { addMonths, istanbulDayKey, istanbulMonthKey, monthsBetween } from "./istanbulPeriods";
import { maxReportMonths, periodRange } from "./reportPeriod";

// 31 May 2026, 22:30 UTC is already 1 June in Istanbul (UTC+3).
const lateMayUtc = new Date("2026-05-31T22:30:00Z");

describe("report periods", () => {
  it("takes the month and the day from Istanbul's calendar", () => {
    expect(istanbulMonthKey(lateMayUtc)).toBe("2026-06");
    expect(istanbulDayKey(lateMayUtc)).toBe("2026-06-01");
  });

  it("steps months across years", () => {
    expect(addMonths("2026-01", -1)).toBe("2025-12");
    expect(addMonths("2025-12", 1)).toBe("2026-01");
    expect(addMonths("2026-03", -11)).toBe("2025-04");
  });

  it("turns each period into its months", () => {
    const now = new Date("2026-03-15T09:00:00Z");
    expect(periodRange({ kind: "thisMonth" }, now)).toEqual({ from: "2026-03", to: "2026-03" });
    expect(periodRange({ kind: "lastMonth" }, now)).toEqual({ from: "2026-02", to: "2026-02" });
    expect(periodRange({ kind: "last3Months" }, now)).toEqual({ from: "2026-01", to: "2026-03" });
    expect(periodRange({ kind: "last12Months" }, now)).toEqual({ from: "2025-04", to: "2026-03" });
    expect(periodRange({ kind: "thisYear" }, now)).toEqual({ from: "2026-01", to: "2026-03" });
    expect(periodRange({ kind: "lastMonth" }, new Date("2026-01-10T00:00:00Z"))).toEqual({
      from: "2025-12",
      to: "2025-12",
    });
  });

  it("orders a custom range and keeps at most its last two years", () => {
    const now = new Date("2026-03-15T09:00:00Z");
    expect(periodRange({ kind: "custom", from: "2026-02", to: "2025-11" }, now)).toEqual({
      from: "2025-11",
      to: "2026-02",
    });
    const long = periodRange({ kind: "custom", from: "2020-01", to: "2026-03" }, now);
    expect(monthsBetween(long.from, long.to)).toHaveLength(maxReportMonths);
    expect(long).toEqual({ from: "2024-04", to: "2026-03" });
  });
});
