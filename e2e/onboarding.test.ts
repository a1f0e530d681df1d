import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { describe, expect, it, onTestFailed } from "vitest";
import { clickVerificationLink } from "@pano/testing/authEmulator";
import { openPage, screenshot, screenshotOpenPages, useBrowser } from "@pano/testing/browser";

const suffix = randomUUID().slice(0, 8);
const owner = {
  name: "Elif Şahin",
  email: `elif.${suffix}@pano.test`,
  password: "güvenli-parola-1",
};
const teammate = {
  name: "Burak Işık",
  email: `burak.${suffix}@pano.test`,
  password: "güvenli-parola-2",
};
const workspaceName = `Şahin Danışmanlık ${suffix}`;

const browser = useBrowser();

const signUp = async (page: Page, person: typeof owner) => {
  await page.goto("/signup");
  await page.getByLabel("Ad soyad").fill(person.name);
  await page.getByLabel("E-posta").fill(person.email);
  await page.getByRole("textbox", { name: "Parola" }).fill(person.password);
  await page.getByRole("button", { name: "Hesap oluştur" }).click();
  await page.getByRole("heading", { name: "Çalışma alanlarınız" }).waitFor();
};

const signIn = async (page: Page, person: typeof owner) => {
  await page.goto("/signin");
  await page.getByLabel("E-posta").fill(person.email);
  await page.getByRole("textbox", { name: "Parola" }).fill(person.password);
  await page.getByRole("button", { name: "Giriş yap" }).click();
};

describe("onboarding a team", () => {
  it("signs up, creates a workspace, invites a teammate who joins, and switches language", async () => {
    onTestFailed(async () => {
      await screenshotOpenPages("onboarding");
    });
    const ownerPage = await openPage(browser());
    await ownerPage.goto("/");
    await ownerPage.getByRole("heading", { name: "Tekrar hoş geldiniz" }).waitFor();
    await screenshot(ownerPage, "01-sign-in-tr");

    await ownerPage.getByRole("button", { name: "Giriş yap" }).click();
    await ownerPage.getByText("Bu alan zorunlu.").first().waitFor();

    await signUp(ownerPage, owner);
    await screenshot(ownerPage, "02-workspaces-empty");

    await ownerPage.getByLabel("Çalışma alanı adı").fill(workspaceName);
    await ownerPage.getByRole("button", { name: "Çalışma alanı oluştur" }).click();
    await ownerPage.waitForURL(/\/w\/[^/]+\/customers$/);
    await ownerPage.getByRole("heading", { name: "Müşteriler" }).waitFor();
    await screenshot(ownerPage, "03-workspace-shell");

    await ownerPage.getByRole("link", { name: "Ayarlar" }).click();
    await ownerPage.getByRole("heading", { name: "Üye davet et" }).waitFor();
    const inviteForm = ownerPage.getByRole("form", { name: "Üye davet et" });
    await inviteForm.getByLabel("E-posta").fill("not-an-email");
    await inviteForm.getByRole("button", { name: "Davet gönder" }).click();
    await inviteForm.getByText("Geçerli bir e-posta adresi girin.").waitFor();
    await inviteForm.getByLabel("E-posta").fill(teammate.email.toUpperCase());
    await inviteForm.getByRole("button", { name: "Davet gönder" }).click();
    const pendingInvites = ownerPage.getByRole("table", { name: "Bekleyen davetler" });
    await pendingInvites.getByText(teammate.email).waitFor();
    await screenshot(ownerPage, "04-settings-invited");

    const teammatePage = await openPage(browser(), { width: 390, height: 844 });
    await signUp(teammatePage, teammate);
    await teammatePage.getByText("E-posta adresinizi doğrulayın").waitFor();
    await screenshot(teammatePage, "05-phone-verify-email");

    await clickVerificationLink(teammate.email);
    await teammatePage.getByRole("button", { name: "Doğruladım" }).click();
    const invite = teammatePage.getByRole("region", { name: workspaceName });
    await invite.getByText("Elif Şahin sizi Üye olarak davet etti").waitFor();
    await screenshot(teammatePage, "06-phone-invite");

    await invite.getByRole("button", { name: "Kabul et" }).click();
    await teammatePage.waitForURL(/\/w\/[^/]+\/customers$/);
    await teammatePage.getByRole("button", { name: "Menüyü aç" }).click();
    await teammatePage.getByRole("link", { name: "Ayarlar" }).click();
    const teammateRow = teammatePage.getByTestId(`member-${teammate.email}`);
    await teammateRow.getByText("Üye", { exact: true }).waitFor();
    expect(await teammatePage.getByRole("heading", { name: "Üye davet et" }).count()).toBe(0);
    // On a phone the members table fits the screen: the e-mail sits under the name and the
    // joining date is left out, so the role shows without scrolling sideways.
    const roleBox = await teammateRow.getByText("Üye", { exact: true }).boundingBox();
    expect(roleBox && roleBox.x + roleBox.width).toBeLessThanOrEqual(390);
    await screenshot(teammatePage, "07-phone-member-settings");

    // The owner's open settings page shows the newcomer without a reload.
    await ownerPage.getByTestId(`member-${teammate.email}`).waitFor();
    await pendingInvites.getByText(teammate.email).waitFor({ state: "detached" });

    // On a phone the language switch sits in the menu, so the header keeps the workspace name.
    await teammatePage.getByRole("button", { name: "Menüyü aç" }).click();
    await teammatePage.getByText("EN", { exact: true }).click();
    await teammatePage.getByRole("heading", { name: "Settings" }).waitFor();
    await teammatePage.getByRole("button", { name: "Open menu" }).click();
    await teammateRow.getByText("Member", { exact: true }).waitFor();
    await screenshot(teammatePage, "08-phone-settings-en");

    // The choice follows the user to a fresh browser.
    const elsewhere = await openPage(browser());
    await signIn(elsewhere, teammate);
    await elsewhere.getByRole("link", { name: "Customers" }).waitFor();
    await screenshot(elsewhere, "09-desktop-en");

    await elsewhere.getByText("TR", { exact: true }).click();
    await elsewhere.getByRole("link", { name: "Müşteriler" }).waitFor();
    await teammatePage.getByRole("heading", { name: "Ayarlar" }).waitFor();
  });
});
