import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { describe, expect, it, onTestFailed } from "vitest";
import { openPage, screenshot, screenshotOpenPages, useBrowser } from "@pano/testing/browser";
import {
  createWorkspace,
  invite,
  openSettings,
  person,
  signUp,
  verifyEmail,
} from "@pano/testing/flows";

const suffix = randomUUID().slice(0, 8);
const seller = person("Aylin Kurt", "aylin", suffix);
const colleague = person("Onur Tekin", "onur", suffix);

const browser = useBrowser();

const logInteraction = async (page: Page, type: string, subject: string, body: string) => {
  const form = page.getByRole("form", { name: "Kaydı ekle" });
  await form.getByText(type, { exact: true }).click();
  await form.getByLabel("Konu").fill(subject);
  await form.getByLabel("Ayrıntılar").fill(body);
  await form.getByRole("button", { name: "Kaydı ekle" }).click();
  await page.getByLabel("İletişim geçmişi", { exact: true }).getByText(subject).waitFor();
};

const search = async (page: Page, text: string) => {
  await page.getByRole("textbox", { name: "Ara" }).fill(text);
  await page
    .getByRole("table", { name: "Müşteriler" })
    .getByRole("link", { name: "A Şirketi" })
    .waitFor();
};

describe("customers (brief steps 1 and 5)", () => {
  it("records A Şirketi, logs an e-mail and a note, finds it in Turkish, and a colleague sees it live", async () => {
    onTestFailed(async () => {
      await screenshotOpenPages("customers");
    });
    const page = await openPage(browser());
    await signUp(page, seller);
    await createWorkspace(page, `Kurt Danışmanlık ${suffix}`);

    await page.getByRole("button", { name: "Yeni müşteri" }).click();
    const form = page.getByRole("form", { name: "Yeni müşteri" });
    await form.getByRole("button", { name: "Kaydet" }).click();
    await form.getByText("Bu alan zorunlu.").waitFor();
    await form.getByLabel("Ad").fill("A Şirketi");
    await form.getByLabel("Şirket").fill("A Şirketi A.Ş.");
    await form.getByLabel("Unvan").fill("Genel Müdür");
    await form.getByLabel("E-posta").fill("info@asirketi.com.tr");
    await form.getByLabel("Telefon").fill("12345");
    await form.getByRole("button", { name: "Kaydet" }).click();
    await form.getByText("Geçerli bir telefon numarası girin").waitFor();
    expect(await form.getByLabel("Ad").inputValue()).toBe("A Şirketi");
    await form.getByLabel("Telefon").fill("0212 555 10 10");
    await form.getByRole("button", { name: "Kaydet" }).click();
    await page.getByRole("heading", { name: "A Şirketi" }).waitFor();
    await page.getByText("(0212) 555 10 10").waitFor();

    await logInteraction(
      page,
      "E-posta",
      "Teklif gönderildi",
      "Web sitesi yenileme teklifi iletildi.",
    );
    await logInteraction(page, "Not", "Karar vericiler", "Son kararı yönetim kurulu verecek.");
    await page.getByRole("button", { name: "Düzenle: Karar vericiler" }).click();
    const edit = page.getByRole("form", { name: "Kaydet" });
    await edit.getByLabel("Konu").fill("Karar vericiler: yönetim kurulu");
    await edit.getByRole("button", { name: "Kaydet" }).click();
    const history = page.getByLabel("İletişim geçmişi", { exact: true });
    await history.getByText("Karar vericiler: yönetim kurulu").waitFor();
    await screenshot(page, "14-customer-timeline");

    await page.getByRole("link", { name: "Müşteriler" }).click();
    await search(page, "a şir");
    await search(page, "A ŞİR");
    await search(page, "a sir");
    await screenshot(page, "15-customer-search");

    await openSettings(page);
    await invite(page, colleague.email, "Üye");
    const other = await openPage(browser());
    await signUp(other, colleague);
    await verifyEmail(other, colleague);
    await other.getByRole("region").getByRole("button", { name: "Kabul et" }).click();
    await other.getByRole("link", { name: "Müşteriler" }).waitFor();
    await other.goto(new URL(page.url()).pathname.replace(/settings$/, "customers"));
    await other.getByRole("link", { name: "A Şirketi" }).click();
    await other
      .getByLabel("İletişim geçmişi", { exact: true })
      .getByText("Karar vericiler: yönetim kurulu")
      .waitFor();

    await page.getByRole("link", { name: "Müşteriler" }).click();
    await search(page, "a şir");
    await page
      .getByRole("table", { name: "Müşteriler" })
      .getByRole("link", { name: "A Şirketi" })
      .click();
    await logInteraction(page, "Telefon", "Takip araması", "Teklif olumlu karşılandı.");
    await other
      .getByLabel("İletişim geçmişi", { exact: true })
      .getByText("Takip araması")
      .waitFor();
    await screenshot(other, "16-colleague-sees-live");
  });
});
