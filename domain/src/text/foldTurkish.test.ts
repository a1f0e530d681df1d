import { describe, expect, it } from "vitest";
import { compareTurkish, foldTurkish, toTurkishLower } from "./foldTurkish";

describe("toTurkishLower", () => {
  it("keeps dotted and dotless i apart", () => {
    expect(toTurkishLower("İSTANBUL")).toBe("istanbul");
    expect(toTurkishLower("IŞIK")).toBe("ışık");
    expect(toTurkishLower("ÇAĞRI")).toBe("çağrı");
  });
});

describe("foldTurkish", () => {
  it.each([
    ["İstanbul", "ISTANBUL"],
    ["İstanbul", "istanbul"],
    ["İstanbul", "İSTANBUL"],
    ["Işık", "IŞIK"],
    ["Işık", "ışık"],
    ["Işık", "isik"],
    ["Çağrı", "ÇAĞRI"],
    ["Çağrı", "cagri"],
    ["A Şirketi", "a sir"],
  ])("folds %s and %s to comparable text", (left, right) => {
    expect(foldTurkish(right).length).toBeGreaterThan(0);
    expect(foldTurkish(left).startsWith(foldTurkish(right))).toBe(true);
  });

  it("collapses inner whitespace and trims", () => {
    expect(foldTurkish("  Demo   Ajans ")).toBe("demo ajans");
  });

  it("folds text of every script, combining marks and spaces the same way", () => {
    expect(foldTurkish("Cafe\u0301 · 한국어\u00a0Işık")).toBe("cafe · 한국어 isik");
    expect(foldTurkish("I\u0307stanbul  😀")).toBe("istanbul 😀");
  });

  it("folds Turkish letters as it folds them in text of other scripts", () => {
    // "é" is not a Turkish letter, so the text with it is folded the general way.
    for (const letter of "ÇçĞğIİıÖöŞşÜüÂâÎîÛû")
      expect(`${foldTurkish(` ${letter}A\t b `)} e`).toBe(foldTurkish(` ${letter}A\t b é`));
  });

  it("does not fold unrelated letters together", () => {
    expect(foldTurkish("Ölçü")).not.toBe(foldTurkish("Alcu"));
  });
});

describe("compareTurkish", () => {
  it("sorts by the Turkish alphabet", () => {
    const names = ["Zeynep", "Çağrı", "Can", "Ömer", "Osman", "Şule", "Selin", "İpek", "Ilgın"];
    expect([...names].sort(compareTurkish)).toEqual([
      "Can",
      "Çağrı",
      "Ilgın",
      "İpek",
      "Osman",
      "Ömer",
      "Selin",
      "Şule",
      "Zeynep",
    ]);
  });

  it("ignores case the Turkish way", () => {
    expect(compareTurkish("ışık", "IŞIK")).toBe(0);
    expect(compareTurkish("istanbul", "İSTANBUL")).toBe(0);
  });
});
