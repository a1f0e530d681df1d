import { describe, expect, it } from "vitest";
import {
  istanbulDayKey,
  istanbulMonthKey,
  istanbulWeekKey,
  monthsBetween,
} from "./istanbulPeriods";
import { periodRange } from "./reportPeriod";
import { statsDocIdsFor } from "./statsDocIds";

describe("Istanbul periods", () => {
  it("puts a moment in Istanbul's day and month, not UTC's", () => {
    // 22:30 UTC on 31 October is 01:30 on 1 November in Istanbul.
    const lateEvening = new Date("2026-10-31T22:30:00Z");
    expect(istanbulDayKey(lateEvening)).toBe("2026-11-01");
    expect(istanbulMonthKey(lateEvening)).toBe("2026-11");
    expect(istanbulMonthKey(new Date("2026-10-31T20:59:59Z"))).toBe("2026-10");
  });

  it("names a week by its Monday, across a month's and a year's end", () => {
    expect(istanbulWeekKey(new Date("2026-11-23T06:00:00Z"))).toBe("2026-11-23");
    // Sunday 29 November, 23:00 in Istanbul, still belongs to the week of the 23rd.
    expect(istanbulWeekKey(new Date("2026-11-29T20:00:00Z"))).toBe("2026-11-23");
    // Monday 30 November 00:30 in Istanbul starts the next week (still the 29th in UTC).
    expect(istanbulWeekKey(new Date("2026-11-29T21:30:00Z"))).toBe("2026-11-30");
    // Friday 1 January 2027 is in the week of Monday 28 December 2026.
    expect(istanbulWeekKey(new Date("2027-01-01T09:00:00Z"))).toBe("2026-12-28");
  });

  it("lists the months of a period, across a year's end", () => {
    expect(
      monthsBetween(
        istanbulMonthKey(new Date("2026-11-15T09:00:00Z")),
        istanbulMonthKey(new Date("2027-02-01T09:00:00Z")),
      ),
    ).toEqual(["2026-11", "2026-12", "2027-01", "2027-02"]);
    expect(
      monthsBetween(
        istanbulMonthKey(new Date("2026-11-15T09:00:00Z")),
        istanbulMonthKey(new Date("2026-11-16T09:00:00Z")),
      ),
    ).toEqual(["2026-11"]);
  });
});

describe("statsDocIdsFor", () => {
  it("reads the pipeline and 12 months for the last 12 months, 2 for this month", () => {
    const now = new Date("2026-11-30T12:00:00Z");
    const ids = statsDocIdsFor(periodRange({ kind: "last12Months" }, now));
    expect(ids).toHaveLength(13);
    expect(ids.slice(0, 2)).toEqual(["pipeline", "month-2025-12"]);
    expect(ids.at(-1)).toBe("month-2026-11");
    expect(statsDocIdsFor(periodRange({ kind: "thisMonth" }, now))).toEqual([
      "pipeline",
      "month-2026-11",
    ]);
  });
});
