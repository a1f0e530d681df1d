import { randomUUID } from "node:crypto";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it, onTestFailed } from "vitest";
import { defaultColumns, defaultStages } from "@pano/domain";
import {
  addCustomer,
  addDeal,
  addProject,
  addTask,
  dealOnServer,
  taskOnServer,
  uidOf,
  workspaceIdOf,
} from "@pano/testing/adminData";
import { card, column, pickUpCard } from "@pano/testing/board";
import { openPage, screenshot, screenshotOpenPages, useBrowser } from "@pano/testing/browser";
import { createWorkspace, person, signUp } from "@pano/testing/flows";

const suffix = randomUUID().slice(0, 8);
const laptop = { width: 1366, height: 768 };
const [lead = "", contacted = "", ...laterStages] = defaultStages("tr").map((stage) => stage.name);
const stages = [lead, contacted, ...laterStages];
const lost = laterStages.at(-1) ?? "";
const columns = defaultColumns("tr").map((item) => item.name);

const browser = useBrowser();

// A workspace of one's own with a customer, as the first steps of each test.
const startWorkspace = async (name: string, handle: string) => {
  const owner = person(name, handle, suffix);
  const page = await openPage(browser(), laptop);
  await signUp(page, owner);
  await createWorkspace(page, `${name} Ajans ${suffix}`);
  const workspaceId = workspaceIdOf(page);
  const uid = await uidOf(owner.email);
  await addCustomer(workspaceId, "ada", "Ada Yapı", uid);
  return { page, workspaceId, uid };
};

const boxOf = async (locator: Locator) => {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator.toString()} is not on the screen`);
  return box;
};

const boardWidths = (page: Page) =>
  page.getByTestId("board").evaluate((board) => ({
    scrollWidth: board.scrollWidth,
    clientWidth: board.clientWidth,
    scrollLeft: board.scrollLeft,
  }));

// The board needs no sideways scrolling, and every column shows whole with its full name.
const expectWholeBoard = async (page: Page, names: string[]) => {
  const { scrollWidth, clientWidth } = await boardWidths(page);
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  const width = page.viewportSize()?.width ?? 0;
  for (const name of names) {
    const box = await boxOf(column(page, name));
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    const heading = column(page, name).getByText(name, { exact: true });
    expect(await heading.isVisible()).toBe(true);
    const cut = await heading.evaluate((text) => text.scrollWidth > text.clientWidth);
    expect(cut, `${name} is cut short`).toBe(false);
  }
};

describe("screens", () => {
  it("fits the six stages and a four-column project board on a 1366 px laptop, scrolls a longer board while a card is held at its edge, and shows a phone one whole column", async () => {
    onTestFailed(async () => {
      await screenshotOpenPages("screens-board");
    });
    const { page, workspaceId, uid } = await startWorkspace("Tuna Er", "tuna");
    await addDeal(workspaceId, "tabela", {
      title: "Tabela Tasarımı",
      customerId: "ada",
      ownerId: uid,
      stage: "lead",
      rank: "a0",
      value: 1250000,
    });
    await addProject(workspaceId, "vitrin", {
      name: "Vitrin Düzenlemesi",
      customerId: "ada",
      ownerId: uid,
    });

    await page.getByRole("link", { name: "Satış Hattı" }).click();
    await card(page, "Yeni", "Tabela Tasarımı").waitFor();
    await expectWholeBoard(page, stages);
    await screenshot(page, "screens-pipeline-1366");

    await page.getByRole("link", { name: "Projeler" }).click();
    await page.getByRole("link", { name: "Vitrin Düzenlemesi" }).click();
    await column(page, columns[0] ?? "").waitFor();
    await expectWholeBoard(page, columns);
    await screenshot(page, "screens-project-board-1366");

    // Narrower than six columns: held at the right edge, the card carries the board to its end.
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.getByRole("link", { name: "Satış Hattı" }).click();
    await card(page, "Yeni", "Tabela Tasarımı").waitFor();
    const before = await boardWidths(page);
    expect(before.scrollWidth).toBeGreaterThan(before.clientWidth);
    expect(before.scrollLeft).toBe(0);
    await pickUpCard(page, "Yeni", "Tabela Tasarımı");
    const board = await boxOf(page.getByTestId("board"));
    await page.mouse.move(board.x + board.width - 12, board.y + 120, { steps: 20 });
    await page.waitForFunction(
      (element) => element.scrollLeft + element.clientWidth >= element.scrollWidth - 1,
      await page.getByTestId("board").elementHandle(),
    );
    const arrived = card(page, lost, "Tabela Tasarımı");
    for (let nudge = 1; !(await arrived.count()); nudge += 1) {
      if (nudge > 50) throw new Error(`the card never reached ${lost}`);
      const target = await boxOf(column(page, lost));
      await page.mouse.move(target.x + target.width / 2, target.y + 90 + (nudge % 2), {
        steps: 2,
      });
    }
    await page.mouse.up();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Kaybetme nedeni").fill("Başka bir firmayla anlaştılar.");
    await dialog.getByRole("button", { name: "Kaybedildi olarak işaretle" }).click();
    await dealOnServer(workspaceId, "tabela", (deal) => deal["stage"] === "lost");

    // A phone: one whole column at a time, the next one peeking in to say the board goes on.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId("board").evaluate((element) => element.scrollTo({ left: 0 }));
    const first = await boxOf(column(page, lead));
    const second = await boxOf(column(page, contacted));
    expect(first.x).toBeGreaterThanOrEqual(0);
    expect(first.x + first.width).toBeLessThanOrEqual(390);
    expect(second.x).toBeLessThan(390);
    await screenshot(page, "screens-pipeline-390");

    // The list on a phone scrolls sideways under the deals' names, which stay in view.
    await page.locator("label", { hasText: "Liste" }).click();
    const list = page.getByRole("table", { name: "Anlaşmalar" });
    const name = list.getByRole("cell", { name: "Tabela Tasarımı" });
    const stage = list.getByRole("cell", { name: lost });
    await name.waitFor();
    const stageBefore = await boxOf(stage);
    await list.evaluate((table) => {
      let scroller = table.parentElement;
      while (scroller && !/auto|scroll/.test(getComputedStyle(scroller).overflowX))
        scroller = scroller.parentElement;
      scroller?.scrollTo({ left: scroller.scrollWidth });
    });
    await page.waitForFunction(([cell, left]) => (cell?.getBoundingClientRect().x ?? left) < left, [
      await stage.elementHandle(),
      stageBefore.x,
    ] as const);
    const nameBox = await boxOf(name);
    expect(nameBox.x).toBeGreaterThanOrEqual(0);
    expect(nameBox.x + nameBox.width).toBeLessThanOrEqual(390 / 2);
    // …and keep their share of it however wide the other columns' words are.
    expect(nameBox.width).toBeGreaterThanOrEqual(390 * 0.35);
    await screenshot(page, "screens-pipeline-list-390");
  });

  it("completes a task in My tasks, and the toast's Undo puts it back as it was", async () => {
    onTestFailed(async () => {
      await screenshotOpenPages("screens-my-tasks");
    });
    const { page, workspaceId, uid } = await startWorkspace("Naz Ak", "naz");
    await addProject(workspaceId, "katalog", {
      name: "Katalog Baskısı",
      customerId: "ada",
      ownerId: uid,
    });
    await addTask(workspaceId, "kapak", {
      title: "Kapak tasarımı",
      projectId: "katalog",
      status: "in_progress",
      rank: "a5",
      assigneeId: uid,
    });

    await page.getByRole("link", { name: "Görevlerim" }).click();
    const done = page.getByRole("checkbox", { name: "“Kapak tasarımı” görevini tamamla" });
    await done.click();
    const toast = page.getByRole("alert").filter({ hasText: "“Kapak tasarımı” tamamlandı." });
    await toast.waitFor();
    await done.waitFor({ state: "detached" });
    await taskOnServer(
      workspaceId,
      "kapak",
      (task) => task["status"] === "done" && task["completedAt"] != null,
    );
    expect(await toast.getByRole("button", { name: "Kapat" }).count()).toBe(1);
    await screenshot(page, "screens-my-tasks-toast");

    await toast.getByRole("button", { name: "Geri al" }).click();
    await toast.waitFor({ state: "hidden" });
    await done.waitFor();
    await taskOnServer(
      workspaceId,
      "kapak",
      (task) =>
        task["status"] === "in_progress" && task["rank"] === "a5" && task["completedAt"] === null,
    );
  });

  it("completes two project tasks in My tasks one after the other: each goes after the done column's last card", async () => {
    onTestFailed(async () => {
      await screenshotOpenPages("screens-my-tasks-ranks");
    });
    const { page, workspaceId, uid } = await startWorkspace("Oya Er", "oya");
    await addProject(workspaceId, "afis", { name: "Afiş", customerId: "ada", ownerId: uid });
    await addTask(workspaceId, "eski", {
      title: "Eski iş",
      projectId: "afis",
      status: "done",
      rank: "a8",
      assigneeId: "someone-else",
    });
    await addTask(workspaceId, "renk", {
      title: "Renk paleti",
      projectId: "afis",
      status: "in_progress",
      rank: "a1",
      assigneeId: uid,
    });
    await addTask(workspaceId, "font", {
      title: "Yazı tipi",
      projectId: "afis",
      status: "todo",
      rank: "a2",
      assigneeId: uid,
    });

    await page.getByRole("link", { name: "Görevlerim" }).click();
    for (const title of ["Renk paleti", "Yazı tipi"]) {
      const box = page.getByRole("checkbox", { name: `“${title}” görevini tamamla` });
      await box.click();
      await box.waitFor({ state: "detached" });
    }
    const isDone = (task: Record<string, unknown>) =>
      task["status"] === "done" && task["completedAt"] != null;
    const first = String((await taskOnServer(workspaceId, "renk", isDone))["rank"]);
    const second = String((await taskOnServer(workspaceId, "font", isDone))["rank"]);
    expect(first > "a8").toBe(true);
    expect(second > first).toBe(true);
  });

  it("names the close button of every modal and drawer, in the UI language", async () => {
    onTestFailed(async () => {
      await screenshotOpenPages("screens-modals");
    });
    const { page, workspaceId, uid } = await startWorkspace("Ece Su", "ece");
    await addProject(workspaceId, "vitrin", {
      name: "Vitrin Düzenlemesi",
      customerId: "ada",
      ownerId: uid,
    });
    // Opens a dialog, finds the named close button in its header, and closes it with that.
    const closeByName = async (open: () => Promise<void>, name = "Kapat") => {
      await open();
      const dialog = page.getByRole("dialog");
      await dialog.waitFor();
      await dialog.locator("header").getByRole("button", { name, exact: true }).click();
      await dialog.waitFor({ state: "hidden" });
    };
    const click = (role: "button" | "menuitem", name: string) => () =>
      page.getByRole(role, { name, exact: true }).click();

    await page.getByRole("link", { name: "Müşteriler" }).click();
    await closeByName(click("button", "Yeni müşteri"));
    await closeByName(click("button", "CSV içe aktar"));
    await page.getByRole("link", { name: "Satış Hattı" }).click();
    await closeByName(click("button", "Yeni anlaşma"));
    await page.getByRole("link", { name: "Projeler" }).click();
    await closeByName(click("button", "Yeni proje"));
    await page.getByRole("link", { name: "Vitrin Düzenlemesi" }).click();
    await closeByName(click("button", "Yeni görev"));
    await closeByName(async () => {
      await page.getByRole("button", { name: "Diğer işlemler" }).click();
      await page.getByRole("menuitem", { name: "Sütunları düzenle" }).click();
    });
    await closeByName(click("button", "Projeyi sil"));

    await page.getByTestId("language-switch").getByText("EN", { exact: true }).click();
    await closeByName(click("button", "New task"), "Close");
  });
});
