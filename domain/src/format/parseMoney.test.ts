import { describe, expect, it } from "vitest";
import { formatAmountInput } from "./formatters";
import { amountReading, parseMoney } from "./parseMoney";

describe("parseMoney", () => {
  it("reads amounts written the Turkish way", () => {
    expect(parseMoney("1.500,75", "tr")).toBe(1500.75);
    expect(parseMoney("1.500", "tr")).toBe(1500);
    expect(parseMoney("1,5", "tr")).toBe(1.5);
    expect(parseMoney("150.000", "tr")).toBe(150000);
    expect(parseMoney("1.250.000,5", "tr")).toBe(1250000.5);
    expect(parseMoney(" 85 000,50 ", "tr")).toBe(85000.5);
  });

  it("reads amounts written the English way", () => {
    expect(parseMoney("1,500.75", "en")).toBe(1500.75);
    expect(parseMoney("1,500", "en")).toBe(1500);
    expect(parseMoney("1.500", "en")).toBe(1.5);
    expect(parseMoney("1,5", "en")).toBe(1.5);
    expect(parseMoney("1,250,000.5", "en")).toBe(1250000.5);
  });

  it("reads a point before one or two final digits as decimals in both languages", () => {
    expect(parseMoney("1500.75", "tr")).toBe(1500.75);
    expect(parseMoney("1500.75", "en")).toBe(1500.75);
    expect(parseMoney("1500,75", "en")).toBe(1500.75);
    expect(parseMoney("99.9", "tr")).toBe(99.9);
  });

  it("keeps the minus sign so the amount is refused, never silently made positive", () => {
    expect(parseMoney("-5", "tr")).toBe(-5);
    expect(parseMoney("−1.500,75", "tr")).toBe(-1500.75);
    expect(parseMoney("-5", "en")).toBe(-5);
  });

  it("reads blank as no amount", () => {
    expect(parseMoney("", "tr")).toBeNull();
    expect(parseMoney("   ", "en")).toBeNull();
  });

  it("refuses what is not a plain amount", () => {
    for (const text of ["abc", "1e5", "Infinity", "NaN", "💰", "12💶", "--5", "1.50.0", "1,2,3"])
      for (const locale of ["tr", "en"] as const)
        expect(parseMoney(text, locale), `${text} in ${locale}`).toBeNaN();
  });

  it("refuses more than two decimals that matter, rather than rounding", () => {
    expect(parseMoney("1,505", "tr")).toBeNaN();
    expect(parseMoney("1.505", "en")).toBeNaN();
    expect(parseMoney("1,500", "tr")).toBe(1.5);
  });

  it("reads back what the input shows for a saved amount", () => {
    for (const locale of ["tr", "en"] as const)
      for (const value of [0, 7, 1500, 24500.5, 150000, 999_999_999_999.99])
        expect(parseMoney(formatAmountInput(value, locale), locale)).toBe(value);
    expect(formatAmountInput(24500.5, "tr")).toBe("24.500,50");
    expect(formatAmountInput(150000, "en")).toBe("150,000");
  });

  it("says how a typed amount will be saved, or nothing for blank and refused input", () => {
    const nbsp = /\u00a0|\u202f/g;
    expect(amountReading("1.5", "TRY", "tr")).toBe("₺1,50");
    expect(amountReading("150.000", "TRY", "tr")).toBe("₺150.000,00");
    expect(amountReading("1,500", "USD", "en")).toBe("$1,500.00");
    expect(amountReading("85 000,5", "EUR", "tr")?.replace(nbsp, " ")).toBe("€85.000,50");
    for (const text of ["", "abc", "-5", "1,505"])
      expect(amountReading(text, "TRY", "tr")).toBeNull();
  });
});
