import { randomUUID } from "node:crypto";
import { describe, expect, it, onTestFailed } from "vitest";
import { addCustomer, addMember, uidOf, workspaceIdOf } from "@pano/testing/adminData";
import { card, column, dragCard } from "@pano/testing/board";
import { openPage, screenshot, screenshotOpenPages, useBrowser } from "@pano/testing/browser";
import { createWorkspace, person, signIn, signUp } from "@pano/testing/flows";

const suffix = randomUUID().slice(0, 8);
const seller = person("Deniz Aksoy", "deniz", suffix);
const colleague = person("Ece Yurt", "ece", suffix);
const wide = { width: 1920, height: 1000 };
const won = "Kapandı – kazanıldı";

const browser = useBrowser();

describe("pipeline (brief step 4)", () => {
  it("drags A Şirketi's deal from Teklif verildi to won: a colleague sees it live, and its project appears", async () => {
    onTestFailed(async () => {
      await screenshotOpenPages("pipeline");
    });
    const page = await openPage(browser(), wide);
    await signUp(page, seller);
    await createWorkspace(page, `Aksoy Ajans ${suffix}`);
    const workspaceId = workspaceIdOf(page);
    const other = await openPage(browser(), wide);
    await signUp(other, colleague);
    const sellerUid = await uidOf(seller.email);
    await addMember(workspaceId, {
      uid: await uidOf(colleague.email),
      role: "member",
      name: colleague.name,
      email: colleague.email,
    });
    await addCustomer(workspaceId, "a-sirketi", "A Şirketi", sellerUid);
    await addCustomer(workspaceId, "beta", "Beta Yazılım", sellerUid);

    await page.getByRole("link", { name: "Satış Hattı" }).click();
    await page.getByRole("heading", { name: "Satış Hattı" }).waitFor();
    await page.getByRole("button", { name: "Yeni anlaşma" }).click();
    const form = page.getByRole("form", { name: "Yeni anlaşma" });
    await form.getByRole("button", { name: "Kaydet" }).click();
    // Title and customer are both flagged by the first submit.
    await form.getByText("Bu alan zorunlu.").nth(1).waitFor();
    await form.getByLabel("Müşteri").and(form.locator("[aria-invalid=true]")).waitFor();
    await form.getByLabel("Başlık").fill("Web Sitesi Yenileme");
    await form.getByLabel("Müşteri").fill("a şir");
    await page.getByRole("option", { name: "A Şirketi" }).click();
    await form.getByLabel("Tutar").fill("150000");
    // Escape by mistake asks before throwing the typing away, and going back keeps all of it.
    await page.keyboard.press("Escape");
    const discard = page.getByRole("dialog", { name: "Kaydedilmemiş değişiklikler" });
    await discard.getByRole("button", { name: "Düzenlemeye dön" }).click();
    await discard.waitFor({ state: "detached" });
    expect(await form.getByLabel("Başlık").inputValue()).toBe("Web Sitesi Yenileme");
    expect(await form.getByLabel("Tutar").inputValue()).toBe("150000");
    await form.getByLabel("Aşama").click();
    await page.getByRole("option", { name: "Teklif verildi" }).click();
    await form.getByRole("button", { name: "Kaydet" }).click();
    await form.waitFor({ state: "detached" });
    const proposal = column(page, "Teklif verildi");
    await card(page, "Teklif verildi", "Web Sitesi Yenileme").getByText("A Şirketi").waitFor();
    await proposal.getByText("₺150.000,00").first().waitFor();

    // A deal for someone not yet a customer: the picker adds them by the name typed.
    await page.getByRole("button", { name: "Yeni anlaşma" }).click();
    await form.getByLabel("Başlık").fill("Kumaş tedariki");
    await form.getByLabel("Müşteri").fill("Işıl Tekstil");
    await page.getByRole("option", { name: "+ “Işıl Tekstil” adlı yeni müşteri ekle" }).click();
    await form.getByRole("button", { name: "Kaydet" }).click();
    await form.waitFor({ state: "detached" });
    await card(page, "Yeni", "Kumaş tedariki").getByText("Işıl Tekstil").waitFor();

    await other.goto(`/w/${workspaceId}/pipeline`);
    await card(other, "Teklif verildi", "Web Sitesi Yenileme").waitFor();
    // A third page on Reports: the functions' aggregates reach it live, no reload.
    const reports = await openPage(browser(), wide);
    await signIn(reports, colleague);
    await reports.getByRole("link", { name: "Müşteriler" }).waitFor();
    await reports.goto(`/w/${workspaceId}/reports`);
    const wonInPeriod = reports.getByRole("group", { name: "Dönemde kazanılan", exact: true });
    await wonInPeriod.getByText("0 anlaşma").waitFor();

    await dragCard(page, "Teklif verildi", "Web Sitesi Yenileme", won);
    const confirm = page.getByRole("dialog");
    await confirm.getByText("müşteri için bir proje açılacak").waitFor();
    await confirm.getByRole("button", { name: "Kazanıldı olarak işaretle" }).click();
    await card(page, won, "Web Sitesi Yenileme").waitFor();
    expect(await column(page, won).getByText("₺150.000,00").count()).toBeGreaterThan(0);

    await card(other, won, "Web Sitesi Yenileme").waitFor();
    await card(other, "Teklif verildi", "Web Sitesi Yenileme").waitFor({ state: "detached" });
    await screenshot(other, "pipeline-colleague-sees-won");
    await wonInPeriod.getByText("₺150.000,00", { exact: true }).waitFor();
    await wonInPeriod.getByText("1 anlaşma").waitFor();
    await reports.getByTestId("language-switch").getByText("EN", { exact: true }).click();
    const wonEnglish = reports.getByRole("group", { name: "Won in period", exact: true });
    await wonEnglish.getByText("₺150,000.00", { exact: true }).waitFor();
    await wonEnglish.getByText("1 deal").waitFor();
    await screenshot(reports, "pipeline-reports-live-won");

    await page.getByRole("link", { name: "Projeler" }).click();
    const projects = page.getByRole("table", { name: "Projeler" });
    const row = projects.getByRole("row", { name: /Web Sitesi Yenileme/ });
    await row.getByRole("link", { name: "A Şirketi" }).waitFor();
    await row.getByText("Planlandı").waitFor();
    await screenshot(page, "pipeline-project-created");

    await row.getByRole("link", { name: "A Şirketi" }).click();
    await page.getByRole("heading", { name: "A Şirketi" }).waitFor();
    const customerProjects = page.getByRole("region", { name: "Projeler" });
    await customerProjects.getByRole("link", { name: "Web Sitesi Yenileme" }).waitFor();
    const customerDeals = page.getByRole("region", { name: "Anlaşmalar" });
    await customerDeals.getByText(won).waitFor();
    await screenshot(page, "pipeline-customer-page");
  });
});
