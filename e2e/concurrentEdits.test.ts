import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { customerSearchTokens, paths } from "@pano/domain";
import { describe, expect, it, onTestFailed } from "vitest";
import { adminDb, addMember, uidOf, workspaceIdOf } from "@pano/testing/adminData";
import { openPage, screenshot, screenshotOpenPages, useBrowser } from "@pano/testing/browser";
import { createWorkspace, person, signUp } from "@pano/testing/flows";
import { waitFor } from "@pano/testing/waitFor";

const suffix = randomUUID().slice(0, 8);
const owner = person("Selin Kaya", "selin", suffix);
const colleague = person("Mehmet Demir", "mehmet", suffix);

const browser = useBrowser();

const openEditForm = async (page: Page) => {
  await page.getByRole("button", { name: "Düzenle" }).first().click();
  return page.getByRole("form", { name: "Müşteriyi düzenle" });
};

const save = async (page: Page) => {
  const form = page.getByRole("form", { name: "Müşteriyi düzenle" });
  await form.getByRole("button", { name: "Kaydet" }).click();
  await form.waitFor({ state: "detached" });
};

describe("two people editing the same customer", () => {
  it("keeps both changes to different fields and asks before one overwrites the other", async () => {
    onTestFailed(async () => {
      await screenshotOpenPages("concurrent-edits");
    });
    const page = await openPage(browser());
    await signUp(page, owner);
    await createWorkspace(page, `Kaya Ajans ${suffix}`);
    await page.getByRole("link", { name: "Müşteriler" }).click();
    await page.getByRole("button", { name: "Yeni müşteri" }).click();
    const created = page.getByRole("form", { name: "Yeni müşteri" });
    await created.getByLabel("Ad").fill("Deniz Turizm");
    await created.getByLabel("Şirket").fill("Mavi Grup");
    await created.getByLabel("Telefon").fill("0532 111 22 33");
    await created.getByRole("button", { name: "Kaydet" }).click();
    await page.getByRole("heading", { name: "Deniz Turizm" }).waitFor();
    const workspaceId = workspaceIdOf(page);
    const customerPath = new URL(page.url()).pathname;
    const customerId = customerPath.split("/").pop() ?? "";
    const stored = () => adminDb.doc(paths.customer(workspaceId, customerId)).get();

    const other = await openPage(browser());
    await signUp(other, colleague);
    await addMember(workspaceId, {
      uid: await uidOf(colleague.email),
      role: "member",
      name: colleague.name,
      email: colleague.email,
    });
    await other.goto(customerPath);
    await other.getByRole("heading", { name: "Deniz Turizm" }).waitFor();

    // Both open the form; she changes the phone and saves first, he changes the name.
    const hers = await openEditForm(page);
    const his = await openEditForm(other);
    await hers.getByLabel("Telefon").fill("0533 444 55 66");
    await his.getByLabel("Ad").fill("Deniz Turizm Ltd");
    await save(page);
    // His open form takes her phone, a field he left alone.
    await waitFor(
      () => his.getByLabel("Telefon").inputValue(),
      (phone) => phone === "0533 444 55 66",
    );
    await save(other);

    for (const screen of [page, other]) {
      await screen.getByRole("heading", { name: "Deniz Turizm Ltd" }).waitFor();
      await screen.getByText("0533 444 55 66").waitFor();
    }
    const afterBoth = await waitFor(
      stored,
      (customer) => customer.get("name") === "Deniz Turizm Ltd",
    );
    expect(afterBoth.get("phone")).toBe("+905334445566");
    expect(afterBoth.get("searchTokens")).toEqual(
      customerSearchTokens({ name: "Deniz Turizm Ltd", company: "Mavi Grup" }),
    );

    // Both change the job title: hers lands first, his form names her and her value.
    const hersAgain = await openEditForm(page);
    const hisAgain = await openEditForm(other);
    await hersAgain.getByLabel("Unvan").fill("Genel Müdür");
    await hisAgain.getByLabel("Unvan").fill("Satış Müdürü");
    await save(page);
    const notice = hisAgain.getByRole("alert").filter({
      hasText: "Siz düzenlerken Selin Kaya bunu değiştirdi",
    });
    await notice.getByText("Genel Müdür").waitFor();
    await screenshot(other, "40-edit-conflict");
    // Saving is held until he chooses.
    await hisAgain.getByRole("button", { name: "Kaydet" }).click();
    expect(await hisAgain.getByLabel("Unvan").inputValue()).toBe("Satış Müdürü");
    await notice.getByRole("button", { name: "Benimki kalsın" }).click();
    await notice.waitFor({ state: "detached" });
    await save(other);

    for (const screen of [page, other]) {
      await screen.getByText("Satış Müdürü · Mavi Grup").waitFor();
    }
    const converged = await waitFor(stored, (customer) => customer.get("title") === "Satış Müdürü");
    expect(converged.get("name")).toBe("Deniz Turizm Ltd");
    expect(converged.get("phone")).toBe("+905334445566");
  });
});
