import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { paths } from "@pano/domain";
import { describe, expect, it, onTestFailed } from "vitest";
import {
  addCustomer,
  addDeal,
  addTask,
  adminDb,
  dealOnServer,
  taskOnServer,
  uidOf,
  workspaceIdOf,
} from "@pano/testing/adminData";
import { card, dragCard } from "@pano/testing/board";
import { openPage, screenshot, screenshotOpenPages, useBrowser } from "@pano/testing/browser";
import { createWorkspace, person, signIn, signUp } from "@pano/testing/flows";
import { waitFor } from "@pano/testing/waitFor";

const suffix = randomUUID().slice(0, 8);
const browser = useBrowser();

const syncStatus = (page: Page, text: string) => page.getByRole("status").filter({ hasText: text });

// The number of changes the offline header says are waiting ("Çevrimdışı" alone: none).
const waitingCount = async (page: Page) => {
  const said = (await syncStatus(page, "Çevrimdışı").textContent()) ?? "";
  return Number(/· (\d+)/.exec(said)?.[1] ?? 0);
};

// Renames the deal on its page while offline; returns what the header then says is waiting
// (counted from what was already waiting: the app's own first writes after signing up may still
// be on their way on a busy machine).
const renameDealOffline = async (page: Page) => {
  await page.context().setOffline(true);
  await syncStatus(page, "Çevrimdışı").waitFor();
  const waiting = `Çevrimdışı · ${(await waitingCount(page)) + 1} değişiklik bekliyor`;
  await page.getByRole("button", { name: "Düzenle" }).first().click();
  const form = page.getByRole("form", { name: "Anlaşmayı düzenle" });
  await form.getByLabel("Başlık").fill("Logo Tasarımı (yeni)");
  await form.getByRole("button", { name: "Kaydet" }).click();
  await form.waitFor({ state: "detached" });
  await syncStatus(page, waiting).waitFor();
  return waiting;
};

// The app shell worker has stored the build, so the page can load without a network.
const appShellStored = (page: Page) =>
  page.evaluate("navigator.serviceWorker.ready.then(() => true)");

const interactionsOnServer = async (workspaceId: string, customerId: string) =>
  (
    await adminDb
      .collection(paths.interactions(workspaceId))
      .where("customerId", "==", customerId)
      .get()
  ).docs.map((document) => document.get("subject") as string);

// A workspace with a customer, a deal in "Yeni" and an open to-do for the customer.
const prepare = async (handle: string) => {
  const owner = person("Derya Kaya", handle, suffix);
  const page = await openPage(browser());
  await signUp(page, owner);
  await createWorkspace(page, `Kaya Tasarım ${suffix}`);
  const workspaceId = workspaceIdOf(page);
  const uid = await uidOf(owner.email);
  await addCustomer(workspaceId, "irmak", "Irmak Gıda", uid);
  await addDeal(workspaceId, "logo", {
    title: "Logo Tasarımı",
    customerId: "irmak",
    ownerId: uid,
    stage: "lead",
    rank: "a0",
    value: 20000,
  });
  await addTask(workspaceId, "teklif", {
    title: "Teklifi gönder",
    projectId: null,
    customerId: "irmak",
    status: "todo",
    assigneeId: uid,
  });
  return { owner, page, workspaceId };
};

describe("working offline", () => {
  it("keeps working offline, counts the changes waiting, survives a reload and lands everything once", async () => {
    onTestFailed(async () => {
      await screenshotOpenPages("offline-work");
    });
    const { owner, page, workspaceId } = await prepare("derya");
    const customerPath = `/w/${workspaceId}/customers/irmak`;
    const pipelinePath = `/w/${workspaceId}/pipeline`;
    // The customer and the board are loaded once online, so the device's cache holds them.
    await page.goto(customerPath);
    await page
      .getByRole("region", { name: "Görevler" })
      .getByRole("checkbox", { name: /Teklifi gönder/ })
      .waitFor();
    await page.getByRole("link", { name: "Satış Hattı" }).click();
    await card(page, "Yeni", "Logo Tasarımı").waitFor();
    await syncStatus(page, "Tüm değişiklikler kaydedildi").waitFor();
    await appShellStored(page);

    // The same person on a second device, online throughout.
    const other = await openPage(browser());
    await signIn(other, owner);
    await other.getByRole("button", { name: "Çalışma alanı değiştir" }).waitFor();

    await page.context().setOffline(true);
    await syncStatus(page, "Çevrimdışı").waitFor();

    await dragCard(page, "Yeni", "Logo Tasarımı", "İletişimde");
    await card(page, "İletişimde", "Logo Tasarımı").waitFor();
    await syncStatus(page, "Çevrimdışı · 1 değişiklik bekliyor").waitFor();

    await page.getByRole("link", { name: "Müşteriler" }).click();
    await page.getByRole("link", { name: "Irmak Gıda" }).click();
    await page.getByRole("heading", { name: "Irmak Gıda" }).waitFor();
    const history = page.getByRole("form", { name: "Kaydı ekle" });
    await history.getByLabel("Konu").fill("Bağlantısız görüşme");
    await history.getByRole("button", { name: "Kaydı ekle" }).click();
    await page
      .getByLabel("İletişim geçmişi", { exact: true })
      .getByText("Bağlantısız görüşme")
      .waitFor();
    const todos = page.getByRole("region", { name: "Görevler" });
    await todos.getByRole("checkbox", { name: /Teklifi gönder/, checked: false }).click();
    await todos.getByRole("checkbox", { name: /Teklifi gönder/, checked: true }).waitFor();
    await syncStatus(page, "Çevrimdışı · 3 değişiklik bekliyor").waitFor();
    await screenshot(page, "offline-01-changes-waiting");

    // Nothing has reached the server, so the second device still shows the old state.
    expect((await dealOnServer(workspaceId, "logo", () => true))["stage"]).toBe("lead");
    expect(await interactionsOnServer(workspaceId, "irmak")).toEqual([]);
    expect((await taskOnServer(workspaceId, "teklif", () => true))["status"]).toBe("todo");
    await other.goto(customerPath);
    await other.getByRole("heading", { name: "Irmak Gıda" }).waitFor();
    const otherTodos = other.getByRole("region", { name: "Görevler" });
    await otherTodos.getByRole("checkbox", { name: /Teklifi gönder/, checked: false }).waitFor();
    await other.getByText("Bağlantısız görüşme").waitFor({ state: "detached" });
    await other.goto(pipelinePath);
    await card(other, "Yeni", "Logo Tasarımı").waitFor();

    // A reload without a network: the app comes from the worker, the data from the device's
    // cache, the person is still signed in and the changes still wait.
    await page.reload();
    await page.getByRole("heading", { name: "Irmak Gıda" }).waitFor();
    await page
      .getByLabel("İletişim geçmişi", { exact: true })
      .getByText("Bağlantısız görüşme")
      .waitFor();
    await syncStatus(page, "Çevrimdışı · 3 değişiklik bekliyor").waitFor();
    await page.getByRole("link", { name: "Satış Hattı" }).click();
    await card(page, "İletişimde", "Logo Tasarımı").waitFor();
    await screenshot(page, "offline-02-after-reload");

    // "All changes saved" only once the server has every one of them, each once.
    await page.context().setOffline(false);
    await syncStatus(page, "Tüm değişiklikler kaydedildi").waitFor();
    expect(await interactionsOnServer(workspaceId, "irmak")).toEqual(["Bağlantısız görüşme"]);
    expect((await dealOnServer(workspaceId, "logo", () => true))["stage"]).toBe("contacted");
    expect((await taskOnServer(workspaceId, "teklif", () => true))["status"]).toBe("done");
    await card(other, "İletişimde", "Logo Tasarımı").waitFor();
    expect(await other.locator('[data-card-id="logo"]').count()).toBe(1);
    await other.goto(customerPath);
    await otherTodos.getByRole("checkbox", { name: /Teklifi gönder/, checked: true }).waitFor();
    await other.getByText("Bağlantısız görüşme").waitFor();
    expect(await other.getByText("Bağlantısız görüşme").count()).toBe(1);
    // The writes queued before the reload were checked against the server and all kept.
    expect(await page.getByText("kaydedilemedi").count()).toBe(0);
  });

  it("names the deal whose offline edit the server refused once back online", async () => {
    onTestFailed(async () => {
      await screenshotOpenPages("offline-refused");
    });
    const { page, workspaceId } = await prepare("refused");
    await page.goto(`/w/${workspaceId}/deals/logo`);
    await page.getByRole("heading", { name: "Logo Tasarımı" }).waitFor();

    await renameDealOffline(page);

    // Meanwhile a colleague deletes the deal.
    await adminDb.doc(paths.deal(workspaceId, "logo")).delete();
    await page.context().setOffline(false);
    await page.getByText("“Logo Tasarımı (yeni)” kaydedilemedi.").waitFor();
    await syncStatus(page, "Tüm değişiklikler kaydedildi").waitFor();
    await screenshot(page, "offline-03-refused-named");
    await waitFor(
      async () => (await adminDb.doc(paths.deal(workspaceId, "logo")).get()).exists,
      (exists) => !exists,
    );
  });

  it("names an offline edit the server refused even when the page was reloaded before reconnecting", async () => {
    onTestFailed(async () => {
      await screenshotOpenPages("offline-refused-after-reload");
    });
    const { page, workspaceId } = await prepare("reloaded");
    await page.goto(`/w/${workspaceId}/deals/logo`);
    await page.getByRole("heading", { name: "Logo Tasarımı" }).waitFor();
    await syncStatus(page, "Tüm değişiklikler kaydedildi").waitFor();
    await appShellStored(page);

    const waiting = await renameDealOffline(page);

    // The page that made the write is gone, and with it the write's promise.
    await page.reload();
    await page.getByRole("heading", { name: "Logo Tasarımı (yeni)" }).waitFor();
    await syncStatus(page, waiting).waitFor();

    await adminDb.doc(paths.deal(workspaceId, "logo")).delete();
    await page.context().setOffline(false);
    await page.getByText("“Logo Tasarımı (yeni)” kaydedilemedi.").waitFor();
    await page.getByText("Bu arada silinmiş.").waitFor();
    await syncStatus(page, "Tüm değişiklikler kaydedildi").waitFor();
    await screenshot(page, "offline-04-refused-after-reload");
  });
});
