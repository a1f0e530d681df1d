import { randomUUID } from "node:crypto";
import { describe, expect, it, onTestFailed } from "vitest";
import { paths, rankForIndex, type Ranked } from "@pano/domain";
import {
  addCustomer,
  adminDb,
  addDeal,
  addMember,
  addProject,
  addTask as seedTask,
  taskGoneFromServer,
  taskOnServer,
  uidOf,
  workspaceIdOf,
} from "@pano/testing/adminData";
import { card, column, dragCard, pickUpAndMove } from "@pano/testing/board";
import { taskDoc } from "@pano/testing/documents";
import { addTaskOnBoard } from "@pano/testing/taskBoard";
import { openPage, screenshot, screenshotOpenPages, useBrowser } from "@pano/testing/browser";
import { createWorkspace, person, signUp } from "@pano/testing/flows";

const suffix = randomUUID().slice(0, 8);
const lead = person("Sena Yalın", "sena", suffix);
const designer = person("İlker Çınar", "ilker", suffix);
const wide = { width: 1600, height: 1000 };

const browser = useBrowser();

describe("projects (brief steps 2 and 3)", () => {
  it("creates Web Sitesi Yenileme for A Şirketi, assigns two tasks, and a move to done shows 50% everywhere, live", async () => {
    onTestFailed(async () => {
      await screenshotOpenPages("projects");
    });
    const page = await openPage(browser(), wide);
    await signUp(page, lead);
    await createWorkspace(page, `Yalın Dijital ${suffix}`);
    const workspaceId = workspaceIdOf(page);
    const other = await openPage(browser(), wide);
    await signUp(other, designer);
    await addMember(workspaceId, {
      uid: await uidOf(designer.email),
      role: "member",
      name: designer.name,
      email: designer.email,
    });
    await addCustomer(workspaceId, "a-sirketi", "A Şirketi", await uidOf(lead.email));

    await page.getByRole("link", { name: "Projeler" }).click();
    await page.getByRole("button", { name: "Yeni proje" }).click();
    const form = page.getByRole("form", { name: "Yeni proje" });
    await form.getByRole("button", { name: "Kaydet" }).click();
    await form.getByText("Bu alan zorunlu.").nth(1).waitFor();
    await form.getByLabel("Proje").fill("Web Sitesi Yenileme");
    await form.getByLabel("Müşteri").fill("a şir");
    await page.getByRole("option", { name: "A Şirketi" }).click();
    await form.getByRole("button", { name: "Kaydet" }).click();
    await page.getByRole("heading", { name: "Web Sitesi Yenileme" }).waitFor();

    await addTaskOnBoard(page, "Tasarım onayı", designer.name, ["2026-12-01", "10:00"]);
    await addTaskOnBoard(page, "Kodlama", designer.name, ["2026-12-15", "offered"]);
    // A time typed into the hour box after the day is what is saved; a day picked on its own is
    // due by the end of the working day, not at midnight.
    await card(page, "Yapılacak", "Tasarım onayı").getByText("1 Ara 2026 10:00").waitFor();
    await card(page, "Yapılacak", "Kodlama").getByText("15 Ara 2026 18:00").waitFor();
    await page.getByText("0 / 2 tamamlandı").waitFor();

    await other.goto(page.url());
    await card(other, "Yapılacak", "Tasarım onayı").waitFor();

    await dragCard(page, "Yapılacak", "Tasarım onayı", "Tamamlandı");
    await card(page, "Tamamlandı", "Tasarım onayı").waitFor();
    await page.getByText("1 / 2 tamamlandı").waitFor();
    await page.getByText("%50").waitFor();
    await card(other, "Tamamlandı", "Tasarım onayı").waitFor();
    await other.getByText("%50").waitFor();
    await screenshot(page, "projects-board-50");

    await page.getByRole("textbox", { name: "Ara" }).fill("kod");
    // A task opened before the search reaches the address stays open when it does.
    await card(page, "Yapılacak", "Kodlama").getByText("Kodlama").click();
    await card(page, "Tamamlandı", "Tasarım onayı").waitFor({ state: "detached" });
    // The address takes the text once typing pauses, so a shared link or a reload keeps it.
    await page.waitForURL(/[?&]q=kod(&|$)/);
    const drawer = page.getByRole("form", { name: "Görevi düzenle" });
    expect(await drawer.getByLabel("Görev").inputValue()).toBe("Kodlama");
    expect(new URL(page.url()).searchParams.get("task")).not.toBeNull();
    await page.keyboard.press("Escape");
    await drawer.waitFor({ state: "detached" });
    await page.locator("label", { hasText: "Liste" }).click();
    const table = page.getByRole("table", { name: "Görevler" });
    await table.getByText("Kodlama").waitFor();
    expect(await table.getByText("Tasarım onayı").count()).toBe(0);
    await table.getByLabel("Kodlama: öncelik").click();
    await page.getByRole("option", { name: "Acil" }).click();
    // The due date edited in place: the calendar opens in the cell and writes once, on "Tamam".
    await table.getByLabel("Kodlama: son tarih").click();
    const calendar = page.getByRole("dialog");
    await calendar.getByRole("button", { name: "20 Aralık 2026", exact: true }).click();
    await calendar.getByRole("spinbutton", { name: "Saat" }).fill("09");
    await calendar.getByRole("spinbutton", { name: "Dakika" }).fill("30");
    await calendar.getByRole("button", { name: "Tamam" }).click();
    await calendar.waitFor({ state: "detached" });
    const codingOnServer = await adminDb
      .collection(paths.tasks(workspaceId))
      .where("title", "==", "Kodlama")
      .get();
    await taskOnServer(workspaceId, codingOnServer.docs[0]?.id ?? "", (task) => {
      const due = (task.dueAt as { toDate: () => Date } | undefined)?.toDate();
      return task.priority === "urgent" && due?.getDate() === 20 && due.getMinutes() === 30;
    });
    await page.getByRole("textbox", { name: "Ara" }).fill("bulunmayan görev");
    await page.getByText("Filtrelere uyan görev yok.").waitFor();
    await page.getByRole("button", { name: "Aramayı temizle" }).click();
    await table.getByText("Tasarım onayı").waitFor();
    expect(await page.getByRole("textbox", { name: "Ara" }).inputValue()).toBe("");
    await page.getByRole("button", { name: "Aramayı temizle" }).waitFor({ state: "hidden" });
    expect(await page.getByText("Filtrelere uyan görev yok.").count()).toBe(0);
    await screenshot(page, "projects-list");

    await page.getByRole("link", { name: "A Şirketi" }).click();
    await page.getByRole("heading", { name: "A Şirketi" }).waitFor();
    const customerProjects = page.getByRole("region", { name: "Projeler" });
    await customerProjects.getByRole("link", { name: "Web Sitesi Yenileme" }).waitFor();
    await customerProjects.getByText("%50").waitFor();
    // The project's tasks name A Şirketi as their customer: its page lists them with the project.
    const customerTasks = page.getByRole("region", { name: "Görevler" });
    await customerTasks.getByRole("checkbox", { name: "Tasarım onayı", checked: true }).waitFor();
    const coding = customerTasks.getByRole("checkbox", { name: "Kodlama", checked: false });
    await coding.waitFor();
    expect(await customerTasks.getByRole("link", { name: "Web Sitesi Yenileme" }).count()).toBe(2);
    expect(await customerTasks.getByText("Henüz görev yok.").count()).toBe(0);

    await other.getByRole("link", { name: "Görevlerim" }).click();
    const mine = other.getByRole("checkbox", { name: "“Kodlama” görevini tamamla" });
    await mine.click();
    await mine.waitFor({ state: "detached" });
    await customerProjects.getByText("%100").waitFor();
    await customerTasks.getByRole("checkbox", { name: "Kodlama", checked: true }).waitFor();
    await screenshot(page, "projects-customer-100");

    // Opened again from a plain link, the project shows the view last chosen on this device.
    await customerProjects.getByRole("link", { name: "Web Sitesi Yenileme" }).click();
    await page.getByRole("table", { name: "Görevler" }).getByText("Kodlama").waitFor();
    expect(new URL(page.url()).search).toBe("");
  });

  it("edits a project's columns: a column with tasks stays, renames and new columns show on the board; deleting the project takes its tasks", async () => {
    onTestFailed(async () => {
      await screenshotOpenPages("projects-columns");
    });
    const owner = person("Arda Öz", "arda", suffix);
    const page = await openPage(browser(), wide);
    await signUp(page, owner);
    await createWorkspace(page, `Öz Yazılım ${suffix}`);
    const workspaceId = workspaceIdOf(page);
    const uid = await uidOf(owner.email);
    await addCustomer(workspaceId, "irmak", "Irmak Gıda", uid);
    await addProject(workspaceId, "site", {
      name: "E-ticaret Sitesi",
      customerId: "irmak",
      ownerId: uid,
    });
    await seedTask(workspaceId, "t1", {
      title: "Ürün fotoğrafları",
      projectId: "site",
      status: "todo",
      rank: "a0",
      assigneeId: uid,
    });
    await page.goto(`/w/${workspaceId}/projects/site`);
    await card(page, "Yapılacak", "Ürün fotoğrafları").waitFor();

    await page.getByRole("button", { name: "Diğer işlemler" }).click();
    await page.getByRole("menuitem", { name: "Sütunları düzenle" }).click();
    const editor = page.getByRole("form", { name: "Sütunları düzenle" });
    await editor.getByRole("button", { name: "Yapılacak sütununu kaldır" }).click();
    await editor.getByText("Yapılacak sütununda 1 görev var; önce onu taşıyın.").waitFor();
    await editor.getByRole("button", { name: "İncelemede sütununu kaldır" }).click();
    await editor
      .getByRole("button", { name: "İncelemede sütununu kaldır" })
      .waitFor({ state: "detached" });
    await editor.getByRole("textbox", { name: "Sütun adı" }).nth(1).fill("Geliştirme");
    await editor.getByRole("button", { name: "Sütun ekle" }).click();
    await editor.getByRole("textbox", { name: "Sütun adı" }).nth(3).fill("Yayında");
    await editor.getByRole("button", { name: "Kaydet" }).click();
    await editor.waitFor({ state: "detached" });
    const names = () =>
      page
        .locator("section[aria-label]")
        .evaluateAll((sections) => sections.map((section) => section.getAttribute("aria-label")));
    await column(page, "Yayında").waitFor();
    expect(await names()).toEqual(["Yapılacak", "Geliştirme", "Tamamlandı", "Yayında"]);
    await screenshot(page, "projects-columns-edited");

    await page.getByRole("button", { name: "Projeyi sil" }).click();
    const confirm = page.getByRole("dialog", { name: "Projeyi sil" });
    await confirm
      .getByText("“E-ticaret Sitesi” ve 1 görevi silinsin mi? Bu geri alınamaz.")
      .waitFor();
    await confirm.getByRole("button", { name: "Projeyi sil" }).click();
    await page.getByText("“E-ticaret Sitesi” silindi.").waitFor();
    await page.getByText("Henüz proje yok.", { exact: false }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/w/${workspaceId}/projects`);
    await taskGoneFromServer(workspaceId, "t1");
  });

  it("deletes a won deal's project; the deal page says so and no other project appears", async () => {
    onTestFailed(async () => {
      await screenshotOpenPages("projects-delete-won");
    });
    const owner = person("Derya Ak", "derya", suffix);
    const page = await openPage(browser(), wide);
    await signUp(page, owner);
    await createWorkspace(page, `Ak Tasarım ${suffix}`);
    const workspaceId = workspaceIdOf(page);
    const uid = await uidOf(owner.email);
    await addCustomer(workspaceId, "deniz", "Deniz Lojistik", uid);
    await addDeal(workspaceId, "portal", {
      title: "Müşteri Portalı",
      customerId: "deniz",
      ownerId: uid,
      stage: "won",
      rank: "a0",
      value: 250000,
    });

    await page.goto(`/w/${workspaceId}/deals/portal`);
    await page.getByRole("link", { name: "Projeyi aç" }).click();
    await page.getByRole("heading", { name: "Müşteri Portalı" }).waitFor();
    await page.getByRole("button", { name: "Projeyi sil" }).click();
    await page
      .getByRole("dialog", { name: "Projeyi sil" })
      .getByRole("button", { name: "Projeyi sil" })
      .click();
    await page.getByText("“Müşteri Portalı” silindi.").waitFor();

    await page.goto(`/w/${workspaceId}/deals/portal`);
    await page.getByText("Proje silindi").waitFor();
    await page.getByRole("button", { name: "Düzenle" }).click();
    const form = page.getByRole("form", { name: "Anlaşmayı düzenle" });
    await form.getByLabel("Başlık").fill("Müşteri Portalı (2. faz)");
    await form.getByRole("button", { name: "Kaydet" }).click();
    await page.getByRole("heading", { name: "Müşteri Portalı (2. faz)" }).waitFor();
    // A deal won after the edit: once its project shows, the edit's event has been handled too.
    await addDeal(workspaceId, "isaret", {
      title: "İşaret",
      customerId: "deniz",
      ownerId: uid,
      stage: "won",
      rank: "a1",
      value: 0,
    });
    await page.getByRole("link", { name: "Projeler" }).first().click();
    const list = page.getByRole("table");
    await list.getByRole("link", { name: "İşaret" }).waitFor();
    expect(await list.getByRole("link", { name: /Müşteri Portalı/ }).count()).toBe(0);
    await screenshot(page, "projects-won-deleted");
  });

  it("a column of 300 tasks scrolls to its last card, and that card moves to the next column by keyboard", async () => {
    onTestFailed(async () => {
      await screenshotOpenPages("projects-long-column");
    });
    const owner = person("Melis Ak", "melis", suffix);
    const page = await openPage(browser(), wide);
    await signUp(page, owner);
    await createWorkspace(page, `Ak Ajans ${suffix}`);
    const workspaceId = workspaceIdOf(page);
    const uid = await uidOf(owner.email);
    await addCustomer(workspaceId, "deniz", "Deniz Turizm", uid);
    await addProject(workspaceId, "long", { name: "Katalog", customerId: "deniz", ownerId: uid });
    const total = 300;
    const batch = adminDb.batch();
    const ranked: Ranked[] = [];
    for (let index = 0; index < total; index += 1) {
      const id = `long-${String(index + 1).padStart(3, "0")}`;
      const rank = rankForIndex(ranked, ranked.length);
      ranked.push({ id, rank });
      batch.set(
        adminDb.doc(paths.task(workspaceId, id)),
        taskDoc({
          title: `Sayfa ${index + 1}`,
          projectId: "long",
          status: "todo",
          rank,
          createdBy: uid,
        }),
      );
    }
    await batch.commit();

    await page.goto(`/w/${workspaceId}/projects/long`);
    await card(page, "Yapılacak", "Sayfa 1").first().waitFor();
    // The first cards show from a preview of the column's top while the rest load; once every
    // task has loaded, only the cards on and near the screen exist.
    await page.locator("[data-loading-rest]").first().waitFor({ state: "detached" });
    expect(await column(page, "Yapılacak").locator("[data-card-id]").count()).toBeLessThan(60);

    const scroller = column(page, "Yapılacak").locator("[data-column-scroller]");
    const last = page.locator('[data-card-id="long-300"]');
    // Cards are placed at estimated heights until measured, so the column's end moves as they
    // render: scroll to the end again, as a person would, until the last card is there.
    for (let attempt = 1; !(await last.count()); attempt += 1) {
      if (attempt > 20) throw new Error("the column never scrolled to its last card");
      await scroller.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
      await last.waitFor({ timeout: 500 }).catch(() => undefined);
    }
    const [box, view] = [await last.boundingBox(), await scroller.boundingBox()];
    expect(box && view && box.y + box.height <= view.y + view.height + 1).toBe(true);

    const drop = await pickUpAndMove(page, "long-300", "ArrowRight", "Devam ediyor");
    await drop();
    await card(page, "Devam ediyor", "Sayfa 300").waitFor();
    await page
      .getByRole("status")
      .filter({ hasText: "Devam ediyor sütununa, 1 kartın 1. sırasına bırakıldı" })
      .waitFor({ state: "attached" });
    await taskOnServer(workspaceId, "long-300", (task) => task.status === "in_progress");
    await screenshot(page, "projects-long-column");
  });
});
