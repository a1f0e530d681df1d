import { readFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { describe, expect, it, onTestFailed } from "vitest";
import { openPage, screenshot, screenshotOpenPages, useBrowser } from "./support/browser";
import { createWorkspace, person, signUp } from "./support/flows";

const suffix = randomUUID().slice(0, 8);
const user = person("Seda Karaca", "seda", suffix);

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
