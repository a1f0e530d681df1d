import { describe, expect, it } from "vitest";
import { compareTurkish } from "./foldTurkish";
import { turkishSortKey } from "./turkishSortKey";

describe("turkishSortKey", () => {
  it("sorts by code point exactly as the Turkish collator does", () => {
    const names = [
      "Zeynep",
      "Çağrı",
      "Can",
      "Ömer",
      "Osman",
      "Şule",
      "Selin",
      "İpek",
      "Ilgın",
      "Hakan",
      "Cz",
      "Dilek",
    ];
    const byKey = [...names].sort((left, right) => {
      const a = turkishSortKey(left);
      const b = turkishSortKey(right);
      return a < b ? -1 : a > b ? 1 : 0;
    });
    expect(byKey).toEqual([...names].sort(compareTurkish));
  });

  it("ignores case the Turkish way", () => {
    expect(turkishSortKey("IŞIK")).toBe(turkishSortKey("ışık"));
    expect(turkishSortKey("İSTANBUL")).toBe(turkishSortKey("istanbul"));
  });
});
