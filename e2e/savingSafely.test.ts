import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { paths } from "@pano/domain";
import { describe, expect, it, onTestFailed } from "vitest";
import { adminDb, addMember, uidOf, workspaceIdOf } from "@pano/testing/adminData";
import { openPage, screenshot, screenshotOpenPages, useBrowser } from "@pano/testing/browser";
import { createWorkspace, openSettings, person, signUp } from "@pano/testing/flows";

const suffix = randomUUID().slice(0, 8);
const owner = person("Deniz Aksoy", "deniz", suffix);
const colleague = person("Ece Yalın", "ece", suffix);

const browser = useBrowser();

const newCustomer = async (page: Page, name: string) => {
  await page.getByRole("link", { name: "Müşteriler" }).click();
  await page.getByRole("button", { name: "Yeni müşteri" }).click();
  const form = page.getByRole("form", { name: "Yeni müşteri" });
  await form.getByLabel("Ad").fill(name);
  await form.getByRole("button", { name: "Kaydet" }).click();
  return form;
};

const customerIdOf = (page: Page) => {
  const match = /\/customers\/([^/?]+)/.exec(new URL(page.url()).pathname);
  if (!match?.[1]) throw new Error(`not on a customer page: ${page.url()}`);
  return match[1];
};

describe("saving safely", () => {
  it("saves emoji and Turkish letters everywhere and finds them by search", async () => {
    onTestFailed(async () => {
      await screenshotOpenPages("saving-emoji");
    });
    const page = await openPage(browser());
    await signUp(page, owner);
    await createWorkspace(page, `🚀 Roket Takım ${suffix} 😀`);

    await newCustomer(page, "🚀 Roket Ajans 😀");
    await page.getByRole("heading", { name: "🚀 Roket Ajans 😀" }).waitFor();
    // A second save right after: before the fix the first one's malformed search token held up
    // every later write of the tab.
    await newCustomer(page, "Çiçekçi 🌸");
    await page.getByRole("heading", { name: "Çiçekçi 🌸" }).waitFor();

    const history = page.getByRole("form", { name: "Kaydı ekle" });
    await history.getByLabel("Konu").fill("Tanışma ☕ görüşmesi");
    // A pasted e-mail thread: kept whole, folded in the history until asked for.
    const thread = `Merhaba 👋 <b>teşekkürler</b>\n${"Önceki ileti. ".repeat(356)}`;
    await history.getByLabel("Ayrıntılar").fill(thread);
    await history.getByRole("button", { name: "Kaydı ekle" }).click();
    const timeline = page.getByLabel("İletişim geçmişi", { exact: true });
    await timeline.getByText("Tanışma ☕ görüşmesi").waitFor();
    await timeline.getByRole("button", { name: "Devamını göster" }).click();
    await timeline.getByRole("button", { name: "Daha az göster" }).waitFor();
    await timeline.getByText("Merhaba 👋 <b>teşekkürler</b>", { exact: false }).waitFor();

    await page.getByRole("link", { name: "Müşteriler" }).click();
    await page.getByRole("textbox", { name: "Ara" }).fill("roket");
    const table = page.getByRole("table", { name: "Müşteriler" });
    await table.getByRole("link", { name: "🚀 Roket Ajans 😀" }).waitFor();
    await table.getByRole("link", { name: "Çiçekçi 🌸" }).waitFor({ state: "detached" });
    await page.getByRole("textbox", { name: "Ara" }).fill("ÇİÇEK");
    await table.getByRole("link", { name: "Çiçekçi 🌸" }).waitFor();
    await table.getByRole("link", { name: "🚀 Roket Ajans 😀" }).waitFor({ state: "detached" });
    await page.getByRole("button", { name: "Aramayı temizle" }).click();
    await table.getByRole("link", { name: "🚀 Roket Ajans 😀" }).waitFor();
    expect(await page.getByRole("textbox", { name: "Ara" }).inputValue()).toBe("");

    await openSettings(page);
    const stages = page.getByRole("form", { name: "Satış aşamaları" });
    await stages.getByRole("textbox").first().fill("Yeni 🌱");
    await stages.getByRole("button", { name: "Kaydet" }).click();
    await page.getByText("Aşamalar kaydedildi.").waitFor();
    const workspace = await adminDb.doc(paths.workspace(workspaceIdOf(page))).get();
    expect(workspace.get("name")).toBe(`🚀 Roket Takım ${suffix} 😀`);
    expect(workspace.get("stages")[0].name).toBe("Yeni 🌱");
    const saved = await adminDb
      .collection(paths.customers(workspaceIdOf(page)))
      .where("searchTokens", "array-contains", "roket")
      .get();
    expect(saved.docs.map((document) => document.get("name"))).toEqual(["🚀 Roket Ajans 😀"]);
    await screenshot(page, "30-emoji-saved");
  });

  it("lets go of the form when the server does not answer, marks the customer, and saves it once back online", async () => {
    onTestFailed(async () => {
      await screenshotOpenPages("saving-offline");
    });
    const page = await openPage(browser());
    await signUp(page, person("Oya Sezer", "oya", suffix));
    await createWorkspace(page, `Sezer Ltd ${suffix}`);
    await page.getByRole("link", { name: "Müşteriler" }).click();
    await page.getByText("Henüz müşteri yok. İlk müşterinizi ekleyin.").waitFor();

    await page.context().setOffline(true);
    const form = await newCustomer(page, "Çevrimdışı Ltd");
    await form.waitFor({ state: "detached" });
    await page.getByText("“Çevrimdışı Ltd” eşitlenmeyi bekliyor").waitFor();
    await page.getByRole("heading", { name: "Çevrimdışı Ltd" }).waitFor();
    await page.getByTestId("pending-sync").waitFor();
    await screenshot(page, "31-waiting-to-sync");

    await page.context().setOffline(false);
    await page.getByText("“Çevrimdışı Ltd” kaydedildi").waitFor();
    await page.getByTestId("pending-sync").waitFor({ state: "detached" });
    const stored = await adminDb.doc(paths.customer(workspaceIdOf(page), customerIdOf(page))).get();
    expect(stored.get("name")).toBe("Çevrimdışı Ltd");
  });

  it("says which item the server refused and keeps what was typed", async () => {
    onTestFailed(async () => {
      await screenshotOpenPages("saving-refused");
    });
    const page = await openPage(browser());
    await signUp(page, person("Kaan Er", "kaan", suffix));
    await createWorkspace(page, `Er Yapı ${suffix}`);
    await newCustomer(page, "Mavi Deniz Turizm");
    await page.getByRole("heading", { name: "Mavi Deniz Turizm" }).waitFor();
    const workspaceId = workspaceIdOf(page);
    const customerPath = new URL(page.url()).pathname;

    const other = await openPage(browser());
    await signUp(other, colleague);
    const colleagueUid = await uidOf(colleague.email);
    await addMember(workspaceId, {
      uid: colleagueUid,
      role: "member",
      name: colleague.name,
      email: colleague.email,
    });
    await other.goto(customerPath);
    await other.getByRole("button", { name: "Düzenle" }).first().click();
    const form = other.getByRole("form", { name: "Müşteriyi düzenle" });
    await form.getByLabel("Ad").fill("Mavi Deniz Turizm 🌊");

    // The owner makes the colleague a viewer while the form is open.
    await adminDb.doc(paths.member(workspaceId, colleagueUid)).update({ role: "viewer" });
    await form.getByRole("button", { name: "Kaydet" }).click();
    await form.getByText("“Mavi Deniz Turizm 🌊” kaydedilemedi.").waitFor();
    await form.getByText("Bu işlem için yetkiniz yok").waitFor();
    expect(await form.getByLabel("Ad").inputValue()).toBe("Mavi Deniz Turizm 🌊");
    await screenshot(other, "32-refused-save-named");
    await page.getByRole("heading", { name: "Mavi Deniz Turizm", exact: true }).waitFor();
  });
});
