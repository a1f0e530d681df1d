import { describe, expect, it } from "vitest";
import { endOfPickedDay, fromPickedDateTime } from "./pickerDates";

describe("picked dates", () => {
  it("reads a picked local date and time", () => {
    expect(fromPickedDateTime("2026-11-24 09:05:00")).toEqual(new Date(2026, 10, 24, 9, 5));
    expect(fromPickedDateTime("2026-11-24 09:05")).toEqual(new Date(2026, 10, 24, 9, 5));
  });

  it("reads a picked day as the end of that day", () => {
    expect(endOfPickedDay("2026-12-31")).toEqual(new Date(2026, 11, 31, 23, 59));
  });

  it("reads a cleared picker as no date", () => {
    expect(fromPickedDateTime(null)).toBeNull();
    expect(endOfPickedDay("")).toBeNull();
    expect(fromPickedDateTime("24.11.2026 09:05")).toBeNull();
  });
});
