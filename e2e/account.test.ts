import { randomUUID } from "node:crypto";
import { describe, expect, it, onTestFailed } from "vitest";
import { resetPasswordTo } from "@pano/testing/authEmulator";
import { openPage, screenshot, screenshotOpenPages, useBrowser } from "@pano/testing/browser";
import { person, signIn, signUp } from "@pano/testing/flows";

const suffix = randomUUID().slice(0, 8);
const user = person("Çağrı Öztürk", "cagri", suffix);

const browser = useBrowser();

describe("account", () => {
  it("explains sign-up and sign-in mistakes, resets a password, and signs out", async () => {
    onTestFailed(async () => {
      await screenshotOpenPages("account");
    });
    const page = await openPage(browser());

    await page.goto("/signup");
    await page.getByLabel("Ad soyad").fill(user.name);
    await page.getByLabel("E-posta").fill(user.email);
    await page.getByRole("textbox", { name: "Parola" }).fill("kısa");
    await page.getByRole("button", { name: "Hesap oluştur" }).click();
    await page.getByText("Parola en az 8 karakter olmalı.").waitFor();
    await page.getByRole("textbox", { name: "Parola" }).fill(user.password);
    await page.getByRole("button", { name: "Hesap oluştur" }).click();
    await page.getByRole("heading", { name: "Çalışma alanlarınız" }).waitFor();

    await page.getByRole("button", { name: user.name }).click();
    await page.getByRole("menuitem", { name: "Çıkış yap" }).click();
    await page.getByRole("heading", { name: "Tekrar hoş geldiniz" }).waitFor();

    const other = await openPage(browser());
    await signUp(other, person("Başka Biri", "baska", suffix));
    await other.goto("/");
    await other.getByRole("button", { name: "Başka Biri" }).click();
    await other.getByRole("menuitem", { name: "Çıkış yap" }).click();
    await other.getByRole("link", { name: "Hesap oluştur" }).click();
    await other.getByLabel("Ad soyad").fill("Taklitçi");
    await other.getByLabel("E-posta").fill(user.email);
    await other.getByRole("textbox", { name: "Parola" }).fill("başka-parola");
    await other.getByRole("button", { name: "Hesap oluştur" }).click();
    await other.getByRole("alert").getByText("Bu e-posta adresiyle zaten bir hesap var").waitFor();

    await signIn(page, { ...user, password: "yanlis-parola" });
    await page.getByRole("alert").getByText("E-posta ya da parola hatalı.").waitFor();
    expect(await page.getByLabel("E-posta").inputValue()).toBe(user.email);
    await screenshot(page, "10-sign-in-wrong-password");

    await page.getByRole("link", { name: "Parolamı unuttum" }).click();
    await page.getByRole("heading", { name: "Parolanızı sıfırlayın" }).waitFor();
    await page.getByLabel("E-posta").fill(user.email);
    await page.getByRole("button", { name: "Sıfırlama bağlantısı gönder" }).click();
    await page.getByRole("status").getByText(`${user.email} adresine bir sıfırlama`).waitFor();
    await screenshot(page, "11-password-reset-sent");

    const newPassword = "yepyeni-parola-1";
    await resetPasswordTo(user.email, newPassword);
    await signIn(page, { ...user, password: newPassword });
    await page.getByRole("heading", { name: "Çalışma alanlarınız" }).waitFor();
  });
});
