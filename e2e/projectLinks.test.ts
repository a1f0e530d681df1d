import { randomUUID } from "node:crypto";
import { describe, expect, it, onTestFailed } from "vitest";
import {
  addCustomer,
  addDeal,
  addProject,
  addTask,
  dealOnServer,
  uidOf,
  workspaceIdOf,
} from "@pano/testing/adminData";
import { card, dragCard } from "@pano/testing/board";
import { openPage, screenshot, screenshotOpenPages, useBrowser } from "@pano/testing/browser";
import { createWorkspace, person, signUp } from "@pano/testing/flows";

const suffix = randomUUID().slice(0, 8);
const wide = { width: 1600, height: 1000 };
const won = "Kapandı – kazanıldı";

const browser = useBrowser();

describe("a won deal and the project made by hand before it (the brief's order)", () => {
  it("creates Web Sitesi Yenileme for A Şirketi by hand, wins A Şirketi's deal, and ends with one project linked to the deal", async () => {
    onTestFailed(async () => {
      await screenshotOpenPages("project-links-brief");
    });
    const seller = person("Melis Er", "melis", suffix);
    const page = await openPage(browser(), wide);
    await signUp(page, seller);
    await createWorkspace(page, `Er Medya ${suffix}`);
    const workspaceId = workspaceIdOf(page);
    const uid = await uidOf(seller.email);
    await addCustomer(workspaceId, "a-sirketi", "A Şirketi", uid);
    await addCustomer(workspaceId, "beta", "Beta Yazılım", uid);
    await addDeal(workspaceId, "web", {
      title: "Web Sitesi Yenileme",
      customerId: "a-sirketi",
      ownerId: uid,
      stage: "proposal",
      rank: "a0",
      value: 150000,
    });
    // Another customer's project whose task names A Şirketi as its related customer.
    await addProject(workspaceId, "beta-app", {
      name: "Beta Mobil",
      customerId: "beta",
      ownerId: uid,
    });
    await addTask(workspaceId, "beta-task", {
      title: "A Şirketi ile ortak API",
      projectId: "beta-app",
      customerId: "a-sirketi",
      status: "todo",
      rank: "a0",
      assigneeId: uid,
    });

    await page.getByRole("link", { name: "Projeler" }).click();
    await page.getByRole("button", { name: "Yeni proje" }).click();
    const form = page.getByRole("form", { name: "Yeni proje" });
    await form.getByLabel("Proje").fill("Web Sitesi Yenileme");
    await form.getByLabel("Müşteri").fill("a şir");
    await page.getByRole("option", { name: "A Şirketi" }).click();
    await form.getByRole("button", { name: "Kaydet" }).click();
    await page.getByRole("heading", { name: "Web Sitesi Yenileme" }).waitFor();
    const handProjectPath = new URL(page.url()).pathname;

    // A task of the new project that names no customer: it shows on A Şirketi's page as its
    // project's task.
    await addTask(workspaceId, "design", {
      title: "Tasarım onayı",
      projectId: handProjectPath.split("/").pop() ?? "",
      status: "todo",
      rank: "a0",
      assigneeId: uid,
    });
    await card(page, "Yapılacak", "Tasarım onayı").waitFor();

    await page.getByRole("link", { name: "A Şirketi" }).click();
    await page.getByRole("heading", { name: "A Şirketi" }).waitFor();
    const tasks = page.getByRole("region", { name: "Görevler" });
    await tasks.getByRole("checkbox", { name: "A Şirketi ile ortak API" }).waitFor();
    await tasks.getByRole("link", { name: "Beta Mobil" }).waitFor();
    await tasks.getByRole("link", { name: "Web Sitesi Yenileme" }).waitFor();
    await tasks.getByRole("checkbox", { name: "Tasarım onayı", checked: false }).click();
    await tasks.getByRole("checkbox", { name: "Tasarım onayı", checked: true }).waitFor();
    await screenshot(page, "project-links-customer-tasks");
    await tasks.getByRole("link", { name: "Web Sitesi Yenileme" }).click();
    await card(page, "Tamamlandı", "Tasarım onayı").waitFor();
    await page.getByText("1 / 1 tamamlandı").waitFor();

    await page.getByRole("link", { name: "Satış Hattı" }).click();
    await dragCard(page, "Teklif verildi", "Web Sitesi Yenileme", won);
    const confirm = page.getByRole("dialog");
    const linkChoice = confirm.getByRole("radio", {
      name: "“Web Sitesi Yenileme” projesine bağla",
    });
    await linkChoice.waitFor();
    expect(await linkChoice.isChecked()).toBe(true);
    expect(await confirm.getByRole("radio", { name: "Yeni proje aç" }).isChecked()).toBe(false);
    await screenshot(page, "project-links-won-dialog");
    await confirm.getByRole("button", { name: "Kazanıldı olarak işaretle" }).click();
    await card(page, won, "Web Sitesi Yenileme").waitFor();

    await card(page, won, "Web Sitesi Yenileme")
      .getByRole("link", { name: "Web Sitesi Yenileme" })
      .click();
    await page.getByRole("heading", { name: "Web Sitesi Yenileme" }).waitFor();
    // Once the deal shows its project the function has decided: no other project can follow.
    await page.getByRole("link", { name: "Projeyi aç" }).click();
    await page.waitForURL((url) => url.pathname === handProjectPath);
    await page.getByRole("link", { name: "Web Sitesi Yenileme", exact: true }).waitFor();
    await screenshot(page, "project-links-project-page");

    await page.getByRole("link", { name: "Projeler" }).first().click();
    const list = page.getByRole("table", { name: "Projeler" });
    await list.getByRole("link", { name: "Beta Yazılım" }).waitFor();
    expect(await list.getByRole("link", { name: "A Şirketi" }).count()).toBe(1);
    expect(await list.getByRole("link", { name: "Web Sitesi Yenileme" }).count()).toBe(1);
  });

  it("links a project made by hand to an open deal from the project page; winning the deal later keeps that one project", async () => {
    onTestFailed(async () => {
      await screenshotOpenPages("project-links-project-side");
    });
    const owner = person("Onur Tan", "onur", suffix);
    const page = await openPage(browser(), wide);
    await signUp(page, owner);
    await createWorkspace(page, `Tan Yazılım ${suffix}`);
    const workspaceId = workspaceIdOf(page);
    const uid = await uidOf(owner.email);
    await addCustomer(workspaceId, "deniz", "Deniz Lojistik", uid);
    await addDeal(workspaceId, "portal", {
      title: "Müşteri Portalı",
      customerId: "deniz",
      ownerId: uid,
      stage: "negotiation",
      rank: "a0",
      value: 250000,
    });
    await addProject(workspaceId, "portal-hand", {
      name: "Portal Projesi",
      customerId: "deniz",
      ownerId: uid,
    });

    await page.goto(`/w/${workspaceId}/projects/portal-hand`);
    await page.getByRole("heading", { name: "Portal Projesi" }).waitFor();
    await page.getByRole("combobox", { name: "Bağlı anlaşma" }).click();
    await page.getByRole("option", { name: "Müşteri Portalı · Pazarlık" }).click();
    await page.getByRole("link", { name: "Müşteri Portalı" }).click();
    await page.getByRole("heading", { name: "Müşteri Portalı" }).waitFor();
    await page.getByRole("link", { name: "Projeyi aç" }).waitFor();

    await page.getByRole("combobox", { name: "Aşama" }).click();
    await page.getByRole("option", { name: won }).click();
    const confirm = page.getByRole("dialog");
    await confirm.getByText("projesi zaten var").waitFor();
    expect(await confirm.getByRole("radio").count()).toBe(0);
    await confirm.getByRole("button", { name: "Kazanıldı olarak işaretle" }).click();
    await dealOnServer(workspaceId, "portal", (deal) => deal["stage"] === "won");
    await page.getByRole("link", { name: "Projeyi aç" }).click();
    await page.getByRole("heading", { name: "Portal Projesi" }).waitFor();

    await page.getByRole("link", { name: "Projeler" }).first().click();
    const list = page.getByRole("table", { name: "Projeler" });
    await list.getByRole("link", { name: "Deniz Lojistik" }).first().waitFor();
    expect(await list.getByRole("link", { name: "Portal Projesi" }).count()).toBe(1);
    expect(await list.getByRole("link", { name: "Deniz Lojistik" }).count()).toBe(1);
  });
});
