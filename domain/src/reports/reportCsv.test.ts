import { describe, expect, it } from "vitest";
import { writeCsv } from "../csv/writeCsv";
import { countsToCsvRows, ownersToCsvRows } from "./reportCsv";

const headers = {
  owner: "Sorumlu",
  won: "Kazanılan",
  wonValue: "Kazanılan tutar",
  lost: "Kaybedilen",
  winRate: "Kazanma oranı",
};
const rows = [
  {
    ownerId: "ayse",
    wonCount: 2,
    wonValue: [{ currency: "TRY" as const, amount: 1500.75 }],
    lostCount: 1,
    winRate: 2 / 3,
  },
  {
    ownerId: "cem",
    wonCount: 0,
    wonValue: [],
    lostCount: 0,
    winRate: null,
  },
  {
    ownerId: "zeynep",
    wonCount: 1,
    wonValue: [{ currency: "EUR" as const, amount: 8500 }],
    lostCount: 0,
    winRate: 1,
  },
];
const names: Record<string, string> = { ayse: "Ayşe Yılmaz", cem: "=Cem", zeynep: "Zeynep Kaya" };

describe("report CSV", () => {
  it("gives each currency its own column, numbers written the language's way", () => {
    expect(ownersToCsvRows(rows, headers, (uid) => names[uid] ?? "", "tr")).toEqual([
      [
        "Sorumlu",
        "Kazanılan",
        "Kazanılan tutar (TRY)",
        "Kazanılan tutar (EUR)",
        "Kaybedilen",
        "Kazanma oranı",
      ],
      ["Ayşe Yılmaz", "2", "1.500,75", "", "1", "%67"],
      ["=Cem", "0", "", "", "0", ""],
      ["Zeynep Kaya", "1", "", "8.500", "0", "%100"],
    ]);
    expect(ownersToCsvRows(rows.slice(0, 1), headers, (uid) => names[uid] ?? "", "en")[1]).toEqual([
      "Ayşe Yılmaz",
      "2",
      "1,500.75",
      "1",
      "67%",
    ]);
  });

  it("writes counts as plain numbers, and a formula-like cell stays text once written", () => {
    const csv = writeCsv(
      countsToCsvRows(
        ["Neden", "Adet"],
        [
          ["=HYPERLINK()", 3],
          ["Bütçe", 12],
        ],
      ),
      ";",
    );
    expect(csv).toBe('\uFEFFNeden;Adet\r\n"\'=HYPERLINK()";3\r\nBütçe;12');
  });
});
