import { describe, expect, it } from "vitest";
import { formatPhone, normalizePhone } from "./phone";

describe("normalizePhone", () => {
  it.each([
    ["0532 123 45 67", "+905321234567"],
    ["(0532) 123-4567", "+905321234567"],
    ["5321234567", "+905321234567"],
    ["+90 212 555 12 34", "+902125551234"],
    ["+44 20 7946 0958", "+442079460958"],
    ["+1 (415) 555-2671", "+14155552671"],
  ])("accepts %s as %s", (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });

  it.each(["123", "0532 123", "telefon", "+90 999 999 99 99"])("rejects %s", (input) => {
    expect(normalizePhone(input)).toBeNull();
  });
});

describe("formatPhone", () => {
  it("shows Turkish numbers the Turkish way and others internationally", () => {
    expect(formatPhone("+905321234567")).toBe("0532 123 45 67");
    expect(formatPhone("+902125551010")).toBe("(0212) 555 10 10");
    expect(formatPhone("+442079460958")).toBe("+44 20 7946 0958");
  });
});
