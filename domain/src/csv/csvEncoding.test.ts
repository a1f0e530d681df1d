import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeCsv, detectCsvEncoding } from "./csvEncoding";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const turkish =
  "Ad;Şirket;Etiketler\r\nÇiçekçi Şükrü;İstanbul Çiçekçilik;ığüşöç\r\nIlgın Ağaoğlu;ĞÜŞİÖÇ Ltd.;\r\n";

describe("detectCsvEncoding", () => {
  it("reads valid UTF-8, with or without a byte-order mark, as UTF-8", () => {
    expect(detectCsvEncoding(fixture("customers-utf-8.csv"))).toBe("utf-8");
    expect(detectCsvEncoding(fixture("customers-utf-8-bom.csv"))).toBe("utf-8");
    expect(detectCsvEncoding(new TextEncoder().encode("Ad;E-posta\r\nAyse;a@b.co"))).toBe("utf-8");
  });

  it("reads what Turkish Excel writes as windows-1254", () => {
    expect(detectCsvEncoding(fixture("customers-windows-1254.csv"))).toBe("windows-1254");
    expect(detectCsvEncoding(Uint8Array.of(0x49, 0xfd, 0x6b))).toBe("windows-1254");
  });
});

describe("decodeCsv", () => {
  it("gives the same Turkish text from each encoding's bytes", () => {
    expect(decodeCsv(fixture("customers-utf-8.csv"), "utf-8")).toBe(turkish);
    expect(decodeCsv(fixture("customers-utf-8-bom.csv"), "utf-8")).toBe(turkish);
    expect(decodeCsv(fixture("customers-windows-1254.csv"), "windows-1254")).toBe(turkish);
    expect(decodeCsv(fixture("customers-windows-1254.csv"), "iso-8859-9")).toBe(turkish);
  });

  it("decodes every Turkish letter from its single windows-1254 byte", () => {
    const bytes = Uint8Array.of(
      0xf0,
      0xd0,
      0xfe,
      0xde,
      0xfd,
      0xdd,
      0xf6,
      0xd6,
      0xfc,
      0xdc,
      0xe7,
      0xc7,
    );
    expect(decodeCsv(bytes, "windows-1254")).toBe("ğĞşŞıİöÖüÜçÇ");
    expect(decodeCsv(bytes, "iso-8859-9")).toBe("ğĞşŞıİöÖüÜçÇ");
  });

  it("shows the wrong choice plainly, so re-decoding the same bytes is what fixes it", () => {
    expect(decodeCsv(fixture("customers-windows-1254.csv"), "utf-8")).toContain("\uFFFD");
    expect(decodeCsv(fixture("customers-utf-8.csv"), "windows-1254")).toContain("Ã‡iÃ§ekÃ§i");
  });
});
