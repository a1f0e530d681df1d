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
const founder = person("Deniz Arıkan", "deniz", suffix);
const partner = person("İrem Güneş", "irem", suffix);
const alfa = `Alfa Yazılım ${suffix}`;
const beta = `Beta Reklam ${suffix}`;

const browser = useBrowser();

const memberRow = (page: Page, who: typeof founder) => page.getByTestId(`member-${who.email}`);

const switchWorkspace = async (page: Page, name: string) => {
  await page.getByRole("button", { name: "Çalışma alanı değiştir" }).click();
  await page.getByRole("menuitem", { name }).click();
  await page.getByRole("button", { name: "Çalışma alanı değiştir" }).getByText(name).waitFor();
};

describe("running a team", () => {
  it("switches workspaces, declines and accepts invites, changes roles, hands over and leaves", async () => {
    onTestFailed(async () => {
      await screenshotOpenPages("team");
    });
    const founderPage = await openPage(browser());
    await signUp(founderPage, founder);
    await createWorkspace(founderPage, alfa);
    await founderPage.getByRole("button", { name: "Çalışma alanı değiştir" }).click();
    await founderPage.getByRole("menuitem", { name: "Tüm çalışma alanları" }).click();
    await createWorkspace(founderPage, beta);
    await switchWorkspace(founderPage, alfa);
    expect(founderPage.url()).toMatch(/\/w\/[^/]+\/customers$/);

    await openSettings(founderPage);
    await invite(founderPage, partner.email, "İzleyici");

    const partnerPage = await openPage(browser());
    await signUp(partnerPage, partner);
    await verifyEmail(partnerPage, partner);
    const invitation = partnerPage.getByRole("region", { name: alfa });
    await invitation.getByText("Deniz Arıkan sizi İzleyici olarak davet etti").waitFor();
    await invitation.getByRole("button", { name: "Reddet" }).click();
    await invitation.waitFor({ state: "detached" });
    await founderPage.getByText("Bekleyen davet yok.").waitFor();

    await invite(founderPage, partner.email, "Üye");
    await invitation.getByText("Deniz Arıkan sizi Üye olarak davet etti").waitFor();
    await invitation.getByRole("button", { name: "Kabul et" }).click();
    await partnerPage
      .getByRole("button", { name: "Çalışma alanı değiştir" })
      .getByText(alfa)
      .waitFor();
    await openSettings(partnerPage);
    await memberRow(partnerPage, partner).getByText("Üye", { exact: true }).waitFor();

    await founderPage.locator(`input[aria-label="Rolü değiştir: ${partner.name}"]`).click();
    await founderPage.getByRole("option", { name: "Yönetici", exact: true }).click();
    await memberRow(partnerPage, partner).getByText("Yönetici", { exact: true }).waitFor();
    await partnerPage.getByRole("heading", { name: "Üye davet et" }).waitFor();

    await founderPage.getByRole("button", { name: "Açık/koyu görünümü değiştir" }).click();
    await screenshot(founderPage, "12-settings-dark");

    await memberRow(founderPage, partner).getByRole("button", { name: "Sahipliği devret" }).click();
    await founderPage.getByRole("dialog").getByRole("button", { name: "Sahipliği devret" }).click();
    await memberRow(partnerPage, partner).getByText("Sahip", { exact: true }).waitFor();
    await memberRow(founderPage, founder).getByText("Yönetici", { exact: true }).waitFor();
    await screenshot(partnerPage, "13-new-owner");

    await founderPage.getByRole("button", { name: "Çalışma alanından ayrıl" }).click();
    await founderPage
      .getByRole("dialog")
      .getByRole("button", { name: "Çalışma alanından ayrıl" })
      .click();
    await founderPage.getByRole("heading", { name: "Çalışma alanlarınız" }).waitFor();
    await founderPage.getByRole("link", { name: beta }).waitFor();
    expect(await founderPage.getByRole("link", { name: alfa }).count()).toBe(0);
    await memberRow(partnerPage, founder).waitFor({ state: "detached" });
  });
});
