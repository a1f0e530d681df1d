import { describe, expect, it } from "vitest";
import { dateFormat, numberFormat } from "./intlFormats";

describe("Intl formats", () => {
  it("builds each locale and option set once", () => {
    const lira = { style: "currency", currency: "TRY" } as const;
    expect(numberFormat("tr", lira)).toBe(numberFormat("tr", { ...lira }));
    expect(numberFormat("en", lira)).not.toBe(numberFormat("tr", lira));
    expect(numberFormat("tr", { style: "percent" })).not.toBe(numberFormat("tr", lira));
    expect(dateFormat("tr", { dateStyle: "medium" })).toBe(
      dateFormat("tr", { dateStyle: "medium" }),
    );
  });

  it("formats in the locale's own way", () => {
    expect(numberFormat("tr").format(1234.5)).toBe("1.234,5");
    expect(numberFormat("en").format(1234.5)).toBe("1,234.5");
  });
});
