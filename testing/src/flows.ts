import type { Page } from "playwright-core";
import { clickVerificationLink } from "./authEmulator";

export type Person = { name: string; email: string; password: string };

export const person = (name: string, handle: string, suffix: string): Person => ({
  name,
  email: `${handle}.${suffix}@pano.test`,
  password: `güvenli-parola-${handle}`,
});

export const signUp = async (page: Page, who: Person) => {
  await page.goto("/signup");
  await page.getByLabel("Ad soyad").fill(who.name);
  await page.getByLabel("E-posta").fill(who.email);
  await page.getByRole("textbox", { name: "Parola" }).fill(who.password);
  await page.getByRole("button", { name: "Hesap oluştur" }).click();
  await page.getByRole("heading", { name: "Çalışma alanlarınız" }).waitFor();
};

export const signIn = async (page: Page, who: Pick<Person, "email" | "password">) => {
  await page.goto("/signin");
  await page.getByLabel("E-posta").fill(who.email);
  await page.getByRole("textbox", { name: "Parola" }).fill(who.password);
  await page.getByRole("button", { name: "Giriş yap" }).click();
};

export const verifyEmail = async (page: Page, who: Person) => {
  await clickVerificationLink(who.email);
  await page.getByRole("button", { name: "Doğruladım" }).click();
  await page.getByText("E-posta adresinizi doğrulayın").waitFor({ state: "detached" });
};

export const createWorkspace = async (page: Page, name: string) => {
  await page.getByLabel("Çalışma alanı adı").fill(name);
  await page.getByRole("button", { name: "Çalışma alanı oluştur" }).click();
  await page.getByRole("button", { name: "Çalışma alanı değiştir" }).getByText(name).waitFor();
};

export const openSettings = async (page: Page) => {
  await page.getByRole("link", { name: "Ayarlar" }).click();
  await page.getByRole("heading", { name: "Ayarlar" }).waitFor();
  // The sections load one by one; a click before the members table is in would land on what the
  // table then pushes down.
  await page.getByRole("table", { name: "Üyeler" }).waitFor();
};

export const invite = async (page: Page, email: string, role: string) => {
  const form = page.getByRole("form", { name: "Üye davet et" });
  await form.getByLabel("E-posta").fill(email);
  await form.getByLabel("Rol", { exact: true }).click();
  await page.getByRole("option", { name: role, exact: true }).click();
  await form.getByRole("button", { name: "Davet gönder" }).click();
  await page.getByRole("table", { name: "Bekleyen davetler" }).getByText(email).waitFor();
};
