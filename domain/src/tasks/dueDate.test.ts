import { describe, expect, it } from "vitest";
import { formatDue, isPastDue } from "./dueDate";

const istanbul = (iso: string) => new Date(`${iso}+03:00`);

describe("a task's deadline", () => {
  it("is past at its moment, or at the end of a day stored without a time", () => {
    const moment = istanbul("2026-12-02T18:00:00");
    expect(isPastDue(moment, istanbul("2026-12-02T17:59:59"))).toBe(false);
    expect(isPastDue(moment, istanbul("2026-12-02T18:00:00"))).toBe(true);
    const day = istanbul("2026-12-02T00:00:00");
    expect(isPastDue(day, istanbul("2026-12-02T09:00:00"))).toBe(false);
    expect(isPastDue(day, istanbul("2026-12-02T23:59:59"))).toBe(false);
    expect(isPastDue(day, istanbul("2026-12-03T00:00:00"))).toBe(true);
  });

  it("shows a day stored without a time as a date", () => {
    expect(formatDue(istanbul("2026-12-02T00:00:00"), "tr")).toBe("2 Ara 2026");
    expect(formatDue(istanbul("2026-12-02T18:00:00"), "tr", "Europe/Istanbul")).toBe(
      "2 Ara 2026 18:00",
    );
  });
});
