import { describe, expect, it } from "vitest";
import { filterDeals, hasDealFilters, noDealFilters } from "./filterDeals";

const deals = [
  { id: "1", title: "Web sitesi", ownerId: "ayse", customerId: "a-sirketi" },
  { id: "2", title: "IŞIK bakımı", ownerId: "mehmet", customerId: "beta" },
  { id: "3", title: "Logo", ownerId: "ayse", customerId: "beta" },
];
const names: Record<string, string> = { "a-sirketi": "A Şirketi", beta: "Beta Ltd." };
const nameOf = (id: string) => names[id] ?? "";
const ids = (filters: Partial<typeof noDealFilters>) =>
  filterDeals(deals, { ...noDealFilters, ...filters }, nameOf).map((deal) => deal.id);

describe("filterDeals", () => {
  it("keeps everything without filters", () => {
    expect(ids({})).toEqual(["1", "2", "3"]);
    expect(hasDealFilters(noDealFilters)).toBe(false);
  });

  it("filters by owner and by customer together", () => {
    expect(ids({ ownerId: "ayse" })).toEqual(["1", "3"]);
    expect(ids({ ownerId: "ayse", customerId: "beta" })).toEqual(["3"]);
  });

  it("matches title or customer name with Turkish folding", () => {
    expect(ids({ text: "A ŞİR" })).toEqual(["1"]);
    expect(ids({ text: "a sir" })).toEqual(["1"]);
    expect(ids({ text: "ışık" })).toEqual(["2"]);
    expect(ids({ text: "beta" })).toEqual(["2", "3"]);
    expect(hasDealFilters({ ...noDealFilters, text: "x" })).toBe(true);
  });
});
