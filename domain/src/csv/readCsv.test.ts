import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectCsvEncoding } from "./csvEncoding";
import { readCsv } from "./readCsv";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const utf8 = (text: string) => new TextEncoder().encode(text);

const turkishTable = {
  headers: ["Ad", "Şirket", "Etiketler"],
  rows: [
    { row: 2, values: ["Çiçekçi Şükrü", "İstanbul Çiçekçilik", "ığüşöç"] },
    { row: 3, values: ["Ilgın Ağaoğlu", "ĞÜŞİÖÇ Ltd.", ""] },
  ],
};

describe("readCsv", () => {
  it.each(["customers-utf-8.csv", "customers-utf-8-bom.csv", "customers-windows-1254.csv"])(
    "reads %s with its detected encoding to the same Turkish table",
    (name) => {
      const bytes = fixture(name);
      expect(readCsv(bytes, detectCsvEncoding(bytes))).toEqual({ ok: true, table: turkishTable });
    },
  );

  it("numbers rows as a spreadsheet does, counting blank and multi-line rows once each", () => {
    const read = readCsv(utf8('Ad,Not\r\n"Ayşe","iki\r\nsatır"\r\n\r\n,,\r\nCan,\r\n'), "utf-8");
    expect(read).toEqual({
      ok: true,
      table: {
        headers: ["Ad", "Not"],
        rows: [
          { row: 2, values: ["Ayşe", "iki\r\nsatır"] },
          { row: 5, values: ["Can", ""] },
        ],
      },
    });
  });

  it("takes the delimiter from the header row", () => {
    const tab = readCsv(utf8("Ad\tŞirket\tNot\nAyşe\tA; B, C\t\n"), "utf-8");
    expect(tab.ok && tab.table.rows[0]?.values).toEqual(["Ayşe", "A; B, C", ""]);
    const comma = readCsv(utf8('"Ad; Soyad",Şirket\nAyşe,A\n'), "utf-8");
    expect(comma.ok && comma.table.headers).toEqual(["Ad; Soyad", "Şirket"]);
  });

  it("strips the apostrophe an export put before a formula character", () => {
    const read = readCsv(utf8('Ad;Telefon\n"\'=HYPERLINK(""x"")";\'+442079460958\n'), "utf-8");
    expect(read.ok && read.table.rows[0]?.values).toEqual(['=HYPERLINK("x")', "+442079460958"]);
  });

  it("refuses a quote that never closes, naming the row where it opens", () => {
    const text = 'Ad;Not\r\n"Ayşe";"iki\r\nsatır"\r\n\r\nCan;"açık\r\nDeniz;x\r\n';
    expect(readCsv(utf8(text), "utf-8")).toEqual({
      ok: false,
      problem: { reason: "unclosedQuote", row: 4 },
    });
  });

  it("refuses a quoted cell that goes on after its closing quote", () => {
    expect(readCsv(utf8('Ad;Not\nAyşe;x\n"Can" Öz;y\n'), "utf-8")).toEqual({
      ok: false,
      problem: { reason: "strayQuote", row: 3 },
    });
  });

  it("refuses binary files", () => {
    const png = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d);
    expect(readCsv(png, detectCsvEncoding(png))).toEqual({
      ok: false,
      problem: { reason: "binary" },
    });
    const utf16 = Uint8Array.of(0xff, 0xfe, 0x41, 0, 0x64, 0, 0x0d, 0, 0x0a, 0);
    expect(readCsv(utf16, detectCsvEncoding(utf16))).toEqual({
      ok: false,
      problem: { reason: "binary" },
    });
  });

  it("refuses an empty file and a file with a header but no rows", () => {
    const empty = { ok: false, problem: { reason: "empty" } };
    expect(readCsv(new Uint8Array(), "utf-8")).toEqual(empty);
    expect(readCsv(utf8("\uFEFF"), "utf-8")).toEqual(empty);
    expect(readCsv(utf8("\r\n \r\n;;\r\n"), "utf-8")).toEqual(empty);
    const noRows = { ok: false, problem: { reason: "noRows" } };
    expect(readCsv(utf8("Ad;Şirket;E-posta\r\n"), "utf-8")).toEqual(noRows);
    expect(readCsv(utf8("Ad;Şirket;E-posta\r\n;;\r\n\r\n"), "utf-8")).toEqual(noRows);
  });
});
