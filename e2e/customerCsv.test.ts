import { readFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { describe, expect, it, onTestFailed } from "vitest";
import { openPage, screenshot, screenshotOpenPages, useBrowser } from "@pano/testing/browser";
import { createWorkspace, person, signUp } from "@pano/testing/flows";

const suffix = randomUUID().slice(0, 8);
const user = person("Seda Karaca", "seda", suffix);
const florist = person("Nur Çiçek", "nur", suffix);

// Turkish Excel's "CSV (comma delimited)": one byte per letter in the Windows Turkish code page.
const windows1254Bytes: Record<string, number> = {
  Ç: 0xc7,
  ç: 0xe7,
  Ğ: 0xd0,
  ğ: 0xf0,
  İ: 0xdd,
  ı: 0xfd,
  Ö: 0xd6,
  ö: 0xf6,
  Ş: 0xde,
  ş: 0xfe,
  Ü: 0xdc,
  ü: 0xfc,
};
const windows1254 = (lines: string[]) =>
  Buffer.from(
    [...lines.join("\r\n")].map((letter) => {
      const byte = letter.charCodeAt(0) < 0x80 ? letter.charCodeAt(0) : windows1254Bytes[letter];
      if (byte === undefined) throw new Error(`${letter} is not in the test's windows-1254 table`);
      return byte;
    }),
  );

const importFile = [
  "Ad;Şirket;E-posta;Telefon;Etiketler",
  'Çağrı Işıkoğlu;Işık Yapı A.Ş.;cagri@isikyapi.com.tr;0532 111 22 33;"vip; inşaat"',
  ";Adı Olmayan Ltd;;;",
  "Gülşen Öztürk;Öztürk Gıda;gulsen@ozturkgida.com;;gıda",
  "Ümit İnce;İnce Tekstil;bozuk-adres;;",
  "Şükrü Çelik;Çelik Lojistik;;+44 20 7946 0958;lojistik",
].join("\r\n");

const browser = useBrowser();

const downloadText = async (page: Page, click: () => Promise<void>) => {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  return readFileSync(await download.path(), "utf8");
};

describe("customer CSV", () => {
  it("imports a file with two bad rows, reports them, and exports the filtered list", async () => {
    onTestFailed(async () => {
      await screenshotOpenPages("customer-csv");
    });
    const page = await openPage(browser());
    await signUp(page, user);
    await createWorkspace(page, `Karaca Ticaret ${suffix}`);

    await page.getByRole("button", { name: "CSV içe aktar" }).click();
    const dialog = page.getByRole("dialog", { name: "Müşterileri CSV'den içe aktar" });
    await dialog.locator('input[type="file"]').setInputFiles({
      name: "musteriler.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(`\uFEFF${importFile}`, "utf8"),
    });
    await dialog.getByText("5 satır bulundu").waitFor();
    await dialog.getByRole("table", { name: "Önizleme" }).getByText("Çağrı Işıkoğlu").waitFor();
    await dialog.getByRole("button", { name: "Satırları denetle" }).click();
    await dialog.getByText("3 satır içe aktarılmaya hazır, 2 satır hatalı.").waitFor();
    // Back to the columns and on again: the mapping and the check are as they were.
    await dialog.getByRole("button", { name: "Sütunlara dön" }).click();
    await dialog.getByRole("table", { name: "Önizleme" }).getByText("Çağrı Işıkoğlu").waitFor();
    await dialog.getByRole("button", { name: "Satırları denetle" }).click();
    await dialog.getByText("3 satır içe aktarılmaya hazır, 2 satır hatalı.").waitFor();
    const problems = dialog.getByRole("table", { name: "Sorunlar" });
    await problems.getByText("Ad: Bu alan zorunlu.").waitFor();
    await problems.getByText("E-posta: Geçerli bir e-posta adresi girin.").waitFor();
    await screenshot(page, "17-import-review");

    const rejected = await downloadText(page, () =>
      dialog.getByRole("button", { name: "Hatalı satırları indir" }).click(),
    );
    expect(rejected.startsWith("\uFEFF")).toBe(true);
    expect(rejected).toContain("Ümit İnce");
    expect(rejected).toContain("Geçerli bir e-posta adresi girin.");
    expect(rejected.split("\r\n").filter(Boolean)).toHaveLength(3);

    await dialog.getByRole("button", { name: "3 müşteriyi içe aktar" }).click();
    await dialog.getByText("3 müşteri içe aktarıldı.").waitFor();
    await dialog.getByRole("button", { name: "Tamam" }).click();
    const table = page.getByRole("table", { name: "Müşteriler" });
    for (const name of ["Çağrı Işıkoğlu", "Gülşen Öztürk", "Şükrü Çelik"])
      await table.getByRole("link", { name }).waitFor();

    await page.getByRole("textbox", { name: "Ara" }).fill("ÇAĞ");
    await table.getByRole("link", { name: "Gülşen Öztürk" }).waitFor({ state: "detached" });
    const exported = await downloadText(page, () =>
      page.getByRole("button", { name: "CSV dışa aktar" }).click(),
    );
    expect(exported.startsWith("\uFEFF")).toBe(true);
    const lines = exported.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe("Ad;Şirket;Unvan;E-posta;Telefon;Etiketler;Sorumlu;Son temas");
    expect(lines.slice(1)).toEqual([
      `Çağrı Işıkoğlu;Işık Yapı A.Ş.;;cagri@isikyapi.com.tr;0532 111 22 33;"vip; inşaat";${user.email};`,
    ]);
  });
});

describe("customer CSV from Turkish Excel", () => {
  it("reads a Windows-1254 file, re-reads it in another encoding, and updates customers matched by e-mail but not those sharing one", async () => {
    onTestFailed(async () => {
      await screenshotOpenPages("customer-csv-1254");
    });
    const page = await openPage(browser(), { width: 1366, height: 900 });
    await signUp(page, florist);
    await createWorkspace(page, `Çiçek Evi ${suffix}`);
    const table = page.getByRole("table", { name: "Müşteriler" });

    await page.getByRole("button", { name: "CSV içe aktar" }).click();
    const dialog = page.getByRole("dialog", { name: "Müşterileri CSV'den içe aktar" });
    const file = dialog.locator('input[type="file"]');
    await file.setInputFiles({
      name: "bozuk.csv",
      mimeType: "text/csv",
      buffer: windows1254(["Ad;Şirket", "Ayşe;Gül Ltd.", '"Çiçekçi Şükrü;İstanbul', "Can;Öz"]),
    });
    await dialog.getByText("3. satırda açılan tırnak hiç kapanmıyor.").waitFor();

    await file.setInputFiles({
      name: "musteriler.csv",
      mimeType: "text/csv",
      buffer: windows1254([
        "Ad;Şirket;E-posta;Telefon;Etiketler",
        "Çiçekçi Şükrü;İstanbul Çiçekçilik;sukru@cicekci.com.tr;0532 111 22 33;ığüşöç",
        "Ilgın Ağaoğlu;ĞÜŞİÖÇ Ltd.;ilgin@agaoglu.com.tr;;",
        "Roket Ajans;Roket Ltd.;ilgin@agaoglu.com.tr;;",
      ]),
    });
    const encoding = dialog.getByLabel("Karakter kodlaması");
    await dialog.getByText("Algılanan: Windows-1254 (Türkçe Excel).").waitFor();
    expect(await encoding.inputValue()).toBe("windows-1254");
    const preview = dialog.getByRole("table", { name: "Önizleme" });
    await preview.getByText("Çiçekçi Şükrü").waitFor();
    await preview.getByText("ĞÜŞİÖÇ Ltd.").waitFor();
    await encoding.selectOption("utf-8");
    await preview.getByText("\uFFFDi\uFFFDek\uFFFDi \uFFFD\uFFFDkr\uFFFD").waitFor();
    await encoding.selectOption("iso-8859-9");
    await preview.getByText("Çiçekçi Şükrü").waitFor();
    await dialog.getByRole("button", { name: "Satırları denetle" }).click();
    await dialog.getByText("3 satır içe aktarılmaya hazır, 0 satır hatalı.").waitFor();
    await dialog.getByRole("button", { name: "3 müşteriyi içe aktar" }).click();
    await dialog.getByText("3 müşteri içe aktarıldı.").waitFor();
    await dialog.getByRole("button", { name: "Tamam" }).click();
    await table.getByRole("link", { name: "Çiçekçi Şükrü" }).waitFor();
    await table.getByRole("cell", { name: "ığüşöç" }).waitFor();

    await page.getByRole("button", { name: "CSV içe aktar" }).click();
    await file.setInputFiles({
      name: "yeni-liste.csv",
      mimeType: "text/csv",
      buffer: windows1254([
        "Ad;Şirket;E-posta;Unvan",
        "Çiçekçi Şükrü;Şükrü Çiçek Toptan;SUKRU@cicekci.com.tr;",
        "Gülşen Öztürk;Öztürk Gıda;gulsen@ozturkgida.com;Satın alma",
        "Ilgın Ağaoğlu;;ilgin@agaoglu.com.tr;Müdür",
      ]),
    });
    await dialog.getByRole("button", { name: "Satırları denetle" }).click();
    await dialog.getByText("2 satır e-posta adresiyle mevcut müşterilerle eşleşiyor.").waitFor();
    const matches = dialog.getByRole("list", { name: "Eşleşen satırlar" });
    await matches.getByText("Çiçekçi Şükrü (satır 2) → Çiçekçi Şükrü").waitFor();
    // Customers sharing an address are named in id order, and ids are random.
    await matches
      .getByText(
        /^Ilgın Ağaoğlu \(satır 4\) → belirsiz: (Ilgın Ağaoğlu ve Roket Ajans|Roket Ajans ve Ilgın Ağaoğlu) ile eşleşiyor$/,
      )
      .waitFor();
    expect(await dialog.getByRole("radio", { name: "Atla" }).isChecked()).toBe(true);
    await dialog.getByRole("button", { name: "1 müşteriyi içe aktar" }).waitFor();
    await screenshot(page, "import-encoding-duplicates-1366");
    await page.setViewportSize({ width: 390, height: 844 });
    await dialog.getByRole("radio", { name: "Mevcut müşteriyi güncelle" }).check();
    await screenshot(page, "import-encoding-duplicates-390");
    await dialog
      .getByRole("button", { name: "İçe aktar: 1 yeni, 1 güncelleme, 1 atlanan" })
      .click();
    await dialog
      .getByText(
        "1 müşteri içe aktarıldı. 1 müşteri güncellendi. 1 satır atlandı (1 belirsiz: e-posta birden çok müşteriyle eşleşiyor).",
      )
      .waitFor();
    await dialog.getByRole("button", { name: "Tamam" }).click();
    await page.setViewportSize({ width: 1366, height: 900 });

    await table.getByRole("link", { name: "Gülşen Öztürk" }).waitFor();
    const sukru = table.getByRole("row").filter({ hasText: "Çiçekçi Şükrü" });
    await sukru.getByRole("cell", { name: "Şükrü Çiçek Toptan" }).waitFor();
    expect(await sukru.count()).toBe(1);
    await sukru.getByRole("cell", { name: "ığüşöç" }).waitFor();
    expect(await table.getByRole("cell", { name: "Müdür" }).count()).toBe(0);
  });
});
