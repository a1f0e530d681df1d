import { describe, expect, it } from "vitest";
import { averageDeal } from "./reportFigures";

describe("averageDeal", () => {
  it("averages each currency over the deals won in it", () => {
    expect(
      averageDeal({
        count: 3,
        value: { TRY: 3000, USD: 500 },
        countByCurrency: { TRY: 2, USD: 1 },
      }),
    ).toEqual({
      kind: "perCurrency",
      value: [
        { currency: "TRY", amount: 1500 },
        { currency: "USD", amount: 500 },
      ],
    });
  });

  it("without counts per currency, knows a single currency only", () => {
    expect(averageDeal({ count: 2, value: { TRY: 3000 } })).toEqual({
      kind: "perCurrency",
      value: [{ currency: "TRY", amount: 1500 }],
    });
    expect(averageDeal({ count: 3, value: { TRY: 3000, USD: 500 } })).toEqual({ kind: "mixed" });
    expect(averageDeal({ count: 0, value: {} })).toEqual({ kind: "none" });
  });
});
