import { describe, expect, it } from "vitest";
import { isValidTimeZone, pushTime } from "./quietHours";

const quiet = { enabled: true, startHour: 22, endHour: 8, timeZone: "Europe/Istanbul" };

describe("pushTime", () => {
  it("sends at once outside quiet hours or when they are off", () => {
    const noon = new Date("2026-11-30T09:00:00Z"); // 12:00 in Istanbul
    expect(pushTime(noon, quiet)).toEqual(noon);
    const night = new Date("2026-11-30T20:30:00Z"); // 23:30 in Istanbul
    expect(pushTime(night, { ...quiet, enabled: false })).toEqual(night);
  });

  it("holds a push made in quiet hours until they end, across midnight", () => {
    // 23:30 Istanbul → 08:00 Istanbul the next morning (05:00 UTC).
    expect(pushTime(new Date("2026-11-30T20:30:00Z"), quiet)).toEqual(
      new Date("2026-12-01T05:00:00Z"),
    );
    // 02:15 Istanbul → 08:00 the same morning.
    expect(pushTime(new Date("2026-11-30T23:15:00Z"), quiet)).toEqual(
      new Date("2026-12-01T05:00:00Z"),
    );
  });

  it("reads the hours in the user's own time zone", () => {
    const london = { ...quiet, timeZone: "Europe/London" };
    // 21:30 UTC is 21:30 in London (winter): not quiet yet; 00:30 Istanbul would be.
    const at = new Date("2026-11-30T21:30:00Z");
    expect(pushTime(at, london)).toEqual(at);
    expect(pushTime(at, quiet)).toEqual(new Date("2026-12-01T05:00:00Z"));
  });

  it("handles a window inside one day and an empty window", () => {
    const lunch = { ...quiet, startHour: 12, endHour: 14 };
    expect(pushTime(new Date("2026-11-30T09:30:00Z"), lunch)).toEqual(
      new Date("2026-11-30T11:00:00Z"),
    );
    const empty = { ...quiet, startHour: 8, endHour: 8 };
    const at = new Date("2026-11-30T05:00:00Z");
    expect(pushTime(at, empty)).toEqual(at);
  });

  it("knows which time zones exist", () => {
    expect(isValidTimeZone("Europe/Istanbul")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
  });
});
