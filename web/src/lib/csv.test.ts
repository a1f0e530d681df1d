import { describe, expect, it } from "vitest";
import { parseCsv, toCsv } from "./csv";

describe("csv", () => {
  it("round-trips Turkish text, quotes and separators with a BOM", () => {
    const rows = [
      ["Ad", "Şirket", "Not"],
      ["Işık Çağrı", 'Öz; Güneş "Ltd"', "satır\nsonu"],
    ];
    const text = toCsv(rows, ";");
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(parseCsv(text)).toEqual(rows);
  });

  it("detects commas and skips blank lines", () => {
    expect(parseCsv("Ad,E-posta\n\nAyşe,ayse@ornek.com\n")).toEqual([
      ["Ad", "E-posta"],
      ["Ayşe", "ayse@ornek.com"],
    ]);
  });
});
