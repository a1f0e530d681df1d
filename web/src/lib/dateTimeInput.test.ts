import { describe, expect, it } from "vitest";
import { fromDateTimeInput, toDateTimeInput } from "./dateTimeInput";

describe("date-time input values", () => {
  it("round-trips a local date and time", () => {
    const date = new Date(2026, 10, 24, 9, 5);
    expect(toDateTimeInput(date)).toBe("2026-11-24T09:05");
    expect(fromDateTimeInput("2026-11-24T09:05")?.getTime()).toBe(date.getTime());
  });

  it("rejects anything else", () => {
    expect(fromDateTimeInput("")).toBeNull();
    expect(fromDateTimeInput("24.11.2026 09:05")).toBeNull();
    expect(fromDateTimeInput("2026-13-45T99:99")).toBeNull();
  });
});
