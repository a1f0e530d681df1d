import { randomUUID } from "node:crypto";
import { describe, expect, it, onTestFailed } from "vitest";
import {
  addCustomer,
  addDeal,
  addMember,
  dealOnServer,
  deleteCustomer,
  patchDealOnServer,
  removeMember,
  uidOf,
  workspaceIdOf,
} from "@pano/testing/adminData";
import {
  card,
  column,
  dragCard,
  pickUpAndMove,
  pressUntilAnnounced,
  touchDragCard,
} from "@pano/testing/board";
import { pickDate } from "@pano/testing/datePicker";
import { openPage, screenshot, screenshotOpenPages, useBrowser } from "@pano/testing/browser";
import { createWorkspace, openSettings, person, signUp } from "@pano/testing/flows";

const suffix = randomUUID().slice(0, 8);
const wide = { width: 1920, height: 1000 };
const lost = "Kapandı – kaybedildi";

const browser = useBrowser();

// A workspace with two customers and three deals, one of them owned by a colleague.
const preparePipeline = async (handle: string) => {
  const manager = person("Kerem Işık", handle, suffix);
  // A touch screen too, so the same page can be driven by mouse, finger and keyboard.
  const page = await openPage(browser(), wide, true);
  await signUp(page, manager);
  await createWorkspace(page, `Işık Medya ${suffix}`);
  const workspaceId = workspaceIdOf(page);
  const uid = await uidOf(manager.email);
  const colleague = `colleague-${handle}-${suffix}`;
  await addMember(workspaceId, {
    uid: colleague,
    role: "member",
    name: "Selin Ay",
    email: `selin.${handle}.${suffix}@pano.test`,
  });
  await addCustomer(workspaceId, "ilk", "İlk Adım Ltd.", uid);
  await addCustomer(workspaceId, "irmak", "Irmak Gıda", uid);
  await addDeal(workspaceId, "logo", {
    title: "Logo Tasarımı",
    customerId: "ilk",
    ownerId: uid,
    stage: "lead",
    rank: "a0",
    value: 20000,
  });
  await addDeal(workspaceId, "katalog", {
    title: "Katalog Baskısı",
    customerId: "irmak",
    ownerId: uid,
    stage: "lead",
    rank: "a1",
    value: 8000,
    currency: "EUR",
  });
  await addDeal(workspaceId, "reklam", {
    title: "Reklam Filmi",
    customerId: "irmak",
    ownerId: colleague,
    stage: "contacted",
    rank: "a0",
    value: 90000,
  });
  await page.getByRole("link", { name: "Satış Hattı" }).click();
  await card(page, "Yeni", "Logo Tasarımı").waitFor();
  return { page, workspaceId, colleague };
};

describe("pipeline moves", () => {
  it("moves by keyboard and touch, announces in Turkish and English, asks why a deal was lost, filters and lists", async () => {
    onTestFailed(async () => {
      await screenshotOpenPages("pipeline-moves");
    });
    const { page, workspaceId } = await preparePipeline("kerem");
    await column(page, "Yeni").getByText("₺20.000,00 · €8.000,00").waitFor();

    await pickUpAndMove(page, "logo", "ArrowRight", "İletişimde");
    await pressUntilAnnounced(
      page,
      "Space",
      "Logo Tasarımı, İlk Adım Ltd., ₺20.000,00 İletişimde sütununa",
    );
    await card(page, "İletişimde", "Logo Tasarımı").waitFor();
    await dealOnServer(workspaceId, "logo", (deal) => deal["stage"] === "contacted");

    await dragCard(page, "Yeni", "Katalog Baskısı", lost);
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: "Kaybedildi olarak işaretle" }).click();
    await dialog.getByText("Kaybetme nedenini yazın.").waitFor();
    await dialog.getByLabel("Kaybetme nedeni").fill("Bütçe bu yıla yetmedi.");
    await dialog.getByRole("button", { name: "Kaybedildi olarak işaretle" }).click();
    await card(page, lost, "Katalog Baskısı").waitFor();
    await dealOnServer(
      workspaceId,
      "katalog",
      (deal) => deal["stage"] === "lost" && deal["lostReason"] === "Bütçe bu yıla yetmedi.",
    );

    await dragCard(page, "İletişimde", "Logo Tasarımı", lost);
    await page.getByRole("dialog").getByRole("button", { name: "Vazgeç" }).click();
    await page.getByRole("dialog").waitFor({ state: "detached" });
    await card(page, "İletişimde", "Logo Tasarımı").waitFor();

    await touchDragCard(page, "İletişimde", "Logo Tasarımı", "Teklif verildi");
    await card(page, "Teklif verildi", "Logo Tasarımı").waitFor();
    await dealOnServer(workspaceId, "logo", (deal) => deal["stage"] === "proposal");

    await page.getByRole("textbox", { name: "Ara" }).fill("IRMAK");
    await card(page, "Teklif verildi", "Logo Tasarımı").waitFor({ state: "detached" });
    await card(page, "İletişimde", "Reklam Filmi").waitFor();
    await page.locator("label", { hasText: "Liste" }).click();
    const table = page.getByRole("table", { name: "Anlaşmalar" });
    await table.getByRole("link", { name: "Reklam Filmi" }).waitFor();
    expect(await table.getByRole("link", { name: "Logo Tasarımı" }).count()).toBe(0);
    expect(await page.getByRole("textbox", { name: "Ara" }).inputValue()).toBe("IRMAK");

    await page.getByRole("button", { name: "Filtreleri temizle" }).click();
    await table.getByRole("link", { name: "Logo Tasarımı" }).waitFor();
    await table.getByRole("button", { name: "Tutar" }).click();
    const firstTitle = () => table.getByRole("row").nth(1).getByRole("link").first().textContent();
    expect(await firstTitle()).toBe("Katalog Baskısı");
    await table.getByRole("button", { name: "Tutar" }).click();
    expect(await firstTitle()).toBe("Reklam Filmi");
    await screenshot(page, "pipeline-list-sorted");

    await page.getByText("EN", { exact: true }).click();
    await page.getByRole("heading", { name: "Pipeline" }).waitFor();
    await page.locator("label", { hasText: "Board" }).click();
    await page.locator('[data-card-id="logo"]').focus();
    await page.keyboard.press("Space");
    await page
      .getByRole("status")
      .filter({ hasText: /Picked up Logo Tasarımı, İlk Adım Ltd\., ₺20,000\.00/ })
      .waitFor({ state: "attached" });
    await pressUntilAnnounced(page, "Escape", "Move cancelled; Logo Tasarımı, İlk Adım Ltd.");
  });

  it("moves a deal whose owner left, and puts a card back and says why when the move is refused", async () => {
    onTestFailed(async () => {
      await screenshotOpenPages("pipeline-refused");
    });
    const { page, workspaceId, colleague } = await preparePipeline("kerem2");
    // An owner who left the team, or a customer someone deleted, does not freeze a deal.
    await removeMember(workspaceId, colleague);
    await deleteCustomer(workspaceId, "irmak");
    const orphan = card(page, "İletişimde", "Reklam Filmi");
    await orphan.getByText("Silinmiş müşteri").waitFor();
    await orphan.getByText("Ayrılan üye").waitFor();
    await dragCard(page, "İletişimde", "Reklam Filmi", "Teklif verildi");
    await card(page, "Teklif verildi", "Reklam Filmi").waitFor();
    await dealOnServer(workspaceId, "reklam", (deal) => deal["stage"] === "proposal");

    // A field these rules do not know makes them refuse every write to the deal.
    await patchDealOnServer(workspaceId, "reklam", { probability: 0.5 });
    await dragCard(page, "Teklif verildi", "Reklam Filmi", "İletişimde");
    await page.getByText("“Reklam Filmi” taşınamadı; kart eski yerine döndü.").waitFor();
    await card(page, "Teklif verildi", "Reklam Filmi").waitFor();
    expect(await card(page, "İletişimde", "Reklam Filmi").count()).toBe(0);
    expect((await dealOnServer(workspaceId, "reklam", () => true))["stage"]).toBe("proposal");
    await screenshot(page, "pipeline-move-refused");
  });

  it("lets an admin rename, add and reorder stages, and keeps a stage that holds deals", async () => {
    onTestFailed(async () => {
      await screenshotOpenPages("pipeline-stages");
    });
    const { page } = await preparePipeline("kerem3");
    await openSettings(page);
    const editor = page.getByRole("form", { name: "Satış aşamaları" });
    await editor.getByRole("button", { name: "Yeni aşamasını kaldır" }).click();
    await editor.getByText("Yeni aşamasında 2 anlaşma var; önce onları taşıyın.").waitFor();
    const stageNames = editor.getByRole("textbox", { name: "Aşama adı" });
    await stageNames.nth(3).fill("yeni");
    await editor.getByRole("button", { name: "Kaydet" }).click();
    await editor.getByText("Bu adda bir aşama zaten var.").waitFor();
    // Renaming the first of the two fixes the second one's error, so it goes.
    await stageNames.nth(0).fill("Yeni gelen");
    await editor.getByText("Bu adda bir aşama zaten var.").waitFor({ state: "detached" });
    await stageNames.nth(0).fill("Yeni");
    await stageNames.nth(3).fill("Müzakere");
    await editor.getByRole("button", { name: "Aşama ekle" }).click();
    await stageNames.nth(6).fill("Sözleşme");
    await editor.getByRole("button", { name: "Sözleşme yukarı" }).click();
    await editor.getByRole("button", { name: "Kaydet" }).click();
    await page.getByText("Aşamalar kaydedildi.").waitFor();
    await page.getByRole("link", { name: "Satış Hattı" }).click();
    await column(page, "Müzakere").waitFor();
    await column(page, "Sözleşme").waitFor();
    const names = await page
      .locator("section[aria-label]")
      .evaluateAll((sections) => sections.map((section) => section.getAttribute("aria-label")));
    expect(names).toEqual([
      "Yeni",
      "İletişimde",
      "Teklif verildi",
      "Müzakere",
      "Kapandı – kazanıldı",
      "Sözleşme",
      "Kapandı – kaybedildi",
    ]);
    await screenshot(page, "pipeline-stages-edited");
  });

  it("opens a deal to edit it and keep its to-dos, which the customer page shows too", async () => {
    onTestFailed(async () => {
      await screenshotOpenPages("pipeline-deal-page");
    });
    const { page, workspaceId } = await preparePipeline("kerem4");
    await card(page, "Yeni", "Logo Tasarımı").getByRole("link", { name: "Logo Tasarımı" }).click();
    await page.getByRole("heading", { name: "Logo Tasarımı" }).waitFor();

    await page.getByRole("button", { name: "Düzenle" }).click();
    const form = page.getByRole("form", { name: "Anlaşmayı düzenle" });
    await form.getByLabel("Tutar").fill("-5");
    await form.getByLabel("Başlık").fill(" ");
    await form.getByRole("button", { name: "Kaydet" }).click();
    await form.getByText("Bu alan zorunlu.").waitFor();
    await form.getByText("Tutar sıfırdan küçük olamaz.").waitFor();
    expect(await form.getByLabel("Tutar").inputValue()).toBe("-5");
    await form.getByLabel("Tutar").fill("abc");
    await form.getByRole("button", { name: "Kaydet" }).click();
    await form.getByText("Geçerli bir tutar girin (ör. 150.000,50).").waitFor();
    await form.getByLabel("Tutar").fill("1500.75");
    await form.getByLabel("Başlık").fill("Logo Tasarımı");
    await form.getByRole("button", { name: "Kaydet" }).click();
    await form.waitFor({ state: "detached" });
    await page.getByText("₺1.500,75").waitFor();
    await dealOnServer(workspaceId, "logo", (deal) => deal["value"] === 1500.75);

    const todos = page.getByRole("region", { name: "Görevler" });
    await todos.getByRole("textbox", { name: "Görev" }).fill("Teklif gönder");
    await pickDate(page, todos.getByLabel("Son tarih"), "2026-01-05", "10:00");
    await todos.getByRole("button", { name: "Görev ekle" }).click();
    const todo = todos.getByRole("checkbox", { name: /Teklif gönder/ });
    await todo.waitFor();
    await todos.getByText(/Gecikti/).waitFor();
    await todo.click();
    await todos.getByRole("checkbox", { name: /Teklif gönder/, checked: true }).waitFor();
    await todos.getByText(/Gecikti/).waitFor({ state: "detached" });

    await page.getByRole("link", { name: "İlk Adım Ltd." }).click();
    await page.getByRole("heading", { name: "İlk Adım Ltd." }).waitFor();
    const customerTodos = page.getByRole("region", { name: "Görevler" });
    expect(await customerTodos.getByRole("checkbox", { name: /Teklif gönder/ }).isChecked()).toBe(
      true,
    );
    await screenshot(page, "pipeline-customer-todos");
  });
});
