import { describe, expect, it } from "vitest";
import { formatTotals, totalsByCurrency } from "./dealTotals";

describe("deal totals", () => {
  it("adds values per currency and never across currencies", () => {
    const totals = totalsByCurrency([
      { value: 120_000, currency: "TRY" },
      { value: 5_000, currency: "EUR" },
      { value: 30_500.5, currency: "TRY" },
    ]);
    expect(totals).toEqual([
      { currency: "TRY", value: 150_500.5 },
      { currency: "EUR", value: 5_000 },
    ]);
  });

  it("shows an empty column as zero lira", () => {
    expect(totalsByCurrency([])).toEqual([{ currency: "TRY", value: 0 }]);
  });

  it("formats each total in the locale's way", () => {
    const totals = totalsByCurrency([
      { value: 150_500.5, currency: "TRY" },
      { value: 5_000, currency: "EUR" },
    ]);
    expect(formatTotals(totals, "tr").replace(/\u00a0|\u202f/g, " ")).toBe(
      "₺150.500,50 · €5.000,00",
    );
    expect(formatTotals(totals, "en").replace(/\u00a0|\u202f/g, " ")).toBe(
      "₺150,500.50 · €5,000.00",
    );
  });

  it("shortens a header's totals only when asked, all alike once one must be short", () => {
    const totals = totalsByCurrency([
      { value: 999_999_999_999.99, currency: "TRY" },
      { value: 5_000, currency: "EUR" },
    ]);
    expect(formatTotals(totals, "tr", true).replace(/\u00a0|\u202f/g, " ")).toBe(
      "₺999,9 Mr · €5 B",
    );
    expect(formatTotals(totals, "tr").replace(/\u00a0|\u202f/g, " ")).toBe(
      "₺999.999.999.999,99 · €5.000,00",
    );
  });
});
