import { describe, expect, it } from "vitest";
import {
  daysSince,
  formatDate,
  formatDays,
  formatMoney,
  formatMoneyBrief,
  formatMoneyBriefTogether,
  formatNumber,
} from "./formatters";

const nbsp = /\u00a0|\u202f/g;

describe("formatters", () => {
  it("formats Turkish lira the Turkish way", () => {
    expect(formatMoney(1234567.5, "TRY", "tr").replace(nbsp, " ")).toBe("₺1.234.567,50");
  });

  it("shows every currency by its symbol in both languages", () => {
    expect(formatMoney(85000.5, "TRY", "en")).toBe("₺85,000.50");
    expect(formatMoney(8500, "EUR", "en")).toBe("€8,500.00");
    expect(formatMoney(8500, "USD", "en")).toBe("$8,500.00");
    expect(formatMoney(8500, "USD", "tr")).toBe("$8.500,00");
    expect(formatMoney(8500, "GBP", "tr")).toBe("£8.500,00");
  });

  it("keeps amounts below a billion in full and shortens larger ones", () => {
    expect(formatMoneyBrief(999_999_999.99, "TRY", "tr")).toBe("₺999.999.999,99");
    expect(formatMoneyBrief(999_999_999_999.99, "TRY", "tr").replace(nbsp, " ")).toBe("₺999,9 Mr");
    expect(formatMoneyBrief(999_999_999_999.99, "TRY", "en")).toBe("₺999.9bn");
    expect(formatMoneyBrief(2_500_000_000, "TRY", "tr").replace(nbsp, " ")).toBe("₺2,5 Mr");
    expect(formatMoneyBrief(2_500_000_000, "USD", "en")).toBe("$2.5bn");
    expect(formatMoneyBrief(-2_500_000_000, "EUR", "en")).toBe("-€2.5bn");
  });

  it("shortens every amount shown together once one of them is shortened", () => {
    const mixed = [
      { value: 2_500_000_000, currency: "TRY" },
      { value: 12_000, currency: "USD" },
    ];
    expect(formatMoneyBriefTogether(mixed, "tr").map((text) => text.replace(nbsp, " "))).toEqual([
      "₺2,5 Mr",
      "$12 B",
    ]);
    expect(formatMoneyBriefTogether(mixed, "en")).toEqual(["₺2.5bn", "$12k"]);
    expect(
      formatMoneyBriefTogether(
        [
          { value: 999_999_999, currency: "TRY" },
          { value: 12_000.5, currency: "USD" },
        ],
        "tr",
      ),
    ).toEqual(["₺999.999.999,00", "$12.000,50"]);
  });

  it("formats numbers with the locale's separators", () => {
    expect(formatNumber(10000.25, "tr")).toBe("10.000,25");
    expect(formatNumber(10000.25, "en")).toBe("10,000.25");
  });

  it("formats dates with Turkish month names", () => {
    const date = new Date(Date.UTC(2026, 10, 24, 12));
    expect(formatDate(date, "tr")).toBe("24 Kas 2026");
    expect(formatDate(date, "en")).toBe("24 Nov 2026");
  });

  it("counts whole days and names them per language", () => {
    const start = new Date(Date.UTC(2026, 10, 1, 12));
    expect(daysSince(start, new Date(Date.UTC(2026, 10, 13, 11)))).toBe(11);
    expect(daysSince(start, new Date(Date.UTC(2026, 9, 30)))).toBe(0);
    expect(formatDays(12, "tr")).toBe("12 gün");
    expect(formatDays(1, "en")).toBe("1 day");
  });
});
