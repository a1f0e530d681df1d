import { describe, expect, it } from "vitest";
import { restoreFormula } from "./csvFormula";
import { readCsv } from "./readCsv";
import { writeCsv } from "./writeCsv";

const risky = [
  '=HYPERLINK("http://kotu.example","tıkla")',
  "+90 555 123 45 67",
  "-indirim",
  "@acme",
  "\tsekme",
  "\rsatır",
  "'=zaten tırnaklı",
];
const harmless = [
  "Çiçekçi Şükrü",
  'Öz; Güneş "Ltd"',
  "satır\nsonu",
  "a-b",
  "e@posta.com",
  "'alıntı",
  "",
];

describe("writeCsv", () => {
  it("writes UTF-8 with a byte-order mark and CRLF rows", () => {
    expect(
      writeCsv(
        [
          ["Ad", "Şirket"],
          ["Işık", "A; B"],
        ],
        ";",
      ),
    ).toBe('\uFEFFAd;Şirket\r\nIşık;"A; B"');
  });

  it("puts an apostrophe before every cell a spreadsheet would run as a formula", () => {
    expect(writeCsv([risky], ";")).toBe(
      [
        '\uFEFF"\'=HYPERLINK(""http://kotu.example"",""tıkla"")"',
        '"\'+90 555 123 45 67"',
        '"\'-indirim"',
        '"\'@acme"',
        '"\'\tsekme"',
        '"\'\rsatır"',
        "\"''=zaten tırnaklı\"",
      ].join(";"),
    );
    expect(writeCsv([harmless], ";")).toBe(
      '\uFEFFÇiçekçi Şükrü;"Öz; Güneş ""Ltd""";"satır\nsonu";a-b;e@posta.com;\'alıntı;',
    );
  });

  it("imports back to exactly the values that were exported", () => {
    const bytes = new TextEncoder().encode(
      writeCsv([["başlık"], ...[...risky, ...harmless].map((v) => [v, "x"])], ";"),
    );
    const read = readCsv(bytes, "utf-8");
    expect(read.ok && read.table.rows.map((row) => row.values[0])).toEqual([...risky, ...harmless]);
  });
});

describe("restoreFormula", () => {
  it("strips only the apostrophe an export adds before a formula character", () => {
    expect(restoreFormula("'=1+1")).toBe("=1+1");
    expect(restoreFormula("'+905551234567")).toBe("+905551234567");
    expect(restoreFormula("'\tx")).toBe("\tx");
    expect(restoreFormula("''=x")).toBe("'=x");
    expect(restoreFormula("'alıntı")).toBe("'alıntı");
    expect(restoreFormula("'")).toBe("'");
    expect(restoreFormula("=1+1")).toBe("=1+1");
  });
});
