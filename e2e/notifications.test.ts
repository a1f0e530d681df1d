import { randomUUID } from "node:crypto";
import { describe, expect, it, onTestFailed } from "vitest";
import { paths } from "@pano/domain";
import { addCustomer, adminDb, uidOf, workspaceIdOf } from "@pano/testing/adminData";
import { openPage, screenshot, screenshotOpenPages, useBrowser } from "@pano/testing/browser";
import { createWorkspace, openSettings, person, signUp } from "@pano/testing/flows";
import {
  addNotification,
  closeInbox,
  inboxEntries,
  inboxPanel,
  notificationOnServer,
  openInbox,
  waitForUnread,
} from "@pano/testing/notifications";
import { waitFor } from "@pano/testing/waitFor";

const suffix = randomUUID().slice(0, 8);
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60 * 1000);

const browser = useBrowser();

describe("notifications", () => {
  it("shows a notification live in the bell in Turkish and English, opens it, marks all read, and pages", async () => {
    onTestFailed(async () => {
      await screenshotOpenPages("notifications-bell");
    });
    const user = person("Derya Aksoy", "derya", suffix);
    const page = await openPage(browser(), { width: 1366, height: 800 });
    await signUp(page, user);
    await createWorkspace(page, `Aksoy Ajans ${suffix}`);
    const workspaceId = workspaceIdOf(page);
    const uid = await uidOf(user.email);
    await addCustomer(workspaceId, "mavi", "Mavi Deniz Turizm", uid);

    await waitForUnread(page, 0);
    await openInbox(page);
    await inboxPanel(page).getByText("Bildiriminiz yok").waitFor();
    await screenshot(page, "notifications-01-empty");
    await closeInbox(page);

    await addNotification(
      uid,
      "older",
      { type: "task_assigned", params: { taskTitle: "Logo", actorName: "Ayşe", dueAt: null } },
      { workspaceId, link: `/w/${workspaceId}/tasks` },
      minutesAgo(5),
    );
    await waitForUnread(page, 1);
    await addNotification(
      uid,
      "customer",
      {
        type: "customer_assigned",
        params: { customerName: "Mavi Deniz Turizm", actorName: "Ayşe Yılmaz" },
      },
      { workspaceId, link: `/w/${workspaceId}/customers/mavi` },
    );
    await waitForUnread(page, 2);

    await openInbox(page);
    const entries = inboxEntries(page);
    await entries
      .first()
      .getByText("Ayşe Yılmaz, “Mavi Deniz Turizm” müşterisini size devretti")
      .waitFor();
    await entries.first().getByText("az önce").waitFor();
    await entries.nth(1).getByText("Ayşe size “Logo” görevini atadı").waitFor();
    await entries.nth(1).getByText("5 dk önce").waitFor();
    await screenshot(page, "notifications-02-panel");

    await entries
      .first()
      .getByRole("button", { name: "Müşteri size devredildi (okunmadı)" })
      .click();
    await page.getByRole("heading", { name: "Mavi Deniz Turizm" }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/w/${workspaceId}/customers/mavi`);
    await waitForUnread(page, 1);
    await notificationOnServer(uid, "customer", (notification) => notification.read === true);

    await page.getByText("EN", { exact: true }).click();
    await waitForUnread(page, 1);
    await openInbox(page);
    await inboxEntries(page)
      .first()
      .getByText("Ayşe Yılmaz handed the customer “Mavi Deniz Turizm” to you")
      .waitFor();
    await inboxEntries(page).nth(1).getByText("5 min ago").waitFor();
    await inboxPanel(page).getByRole("button", { name: "Mark all as read" }).click();
    await waitForUnread(page, 0);
    await notificationOnServer(uid, "older", (notification) => notification.read === true);
    await closeInbox(page);
    await page.getByText("TR", { exact: true }).click();

    // An older page comes with "load more".
    await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        addNotification(
          uid,
          `old-${index}`,
          { type: "deal_linked", params: { dealTitle: `Fırsat ${index}`, projectName: "Web" } },
          { workspaceId, link: `/w/${workspaceId}/projects` },
          minutesAgo(60 + index),
        ),
      ),
    );
    await waitForUnread(page, 20);
    await openInbox(page);
    await waitFor(
      () => inboxEntries(page).count(),
      (count) => count === 20,
    );
    await inboxPanel(page).getByRole("button", { name: "Daha fazla göster" }).click();
    await waitFor(
      () => inboxEntries(page).count(),
      (count) => count === 22,
    );
    await expect(
      inboxPanel(page).getByRole("button", { name: "Daha fazla göster" }).count(),
    ).resolves.toBe(0);
  });

  it("opens the inbox in a drawer on a phone", async () => {
    onTestFailed(async () => {
      await screenshotOpenPages("notifications-phone");
    });
    const user = person("Eren Tan", "eren", suffix);
    const page = await openPage(browser(), { width: 390, height: 844 }, true);
    await signUp(page, user);
    await createWorkspace(page, `Tan Ajans ${suffix}`);
    const workspaceId = workspaceIdOf(page);
    const uid = await uidOf(user.email);
    await addNotification(
      uid,
      "won",
      { type: "deal_won", params: { dealTitle: "Web Sitesi", projectName: "Web", linked: false } },
      { workspaceId, link: `/w/${workspaceId}/projects` },
    );
    await waitForUnread(page, 1);
    await openInbox(page);
    await inboxEntries(page)
      .first()
      .getByText("“Web Sitesi” kazanıldı; projesi oluşturuldu.")
      .waitFor();
    await screenshot(page, "notifications-03-phone");
    await inboxEntries(page).first().getByRole("button").click();
    await page.getByRole("heading", { name: "Projeler" }).waitFor();
    await waitForUnread(page, 0);
  });

  it("saves my notification settings", async () => {
    onTestFailed(async () => {
      await screenshotOpenPages("notifications-settings");
    });
    const user = person("Filiz Oral", "filiz", suffix);
    const page = await openPage(browser(), { width: 1366, height: 900 });
    await signUp(page, user);
    await createWorkspace(page, `Oral Ajans ${suffix}`);
    const uid = await uidOf(user.email);
    await openSettings(page);
    await page.getByText("Bekleyen davet yok.").waitFor();
    // The emulator build has no VAPID key: the screen says so instead of offering push.
    await page
      .getByText("Bu Pano kurulumunda anlık bildirimler yapılandırılmamış", { exact: false })
      .waitFor();
    expect(await page.getByRole("button", { name: "Bu cihazda bildirimleri aç" }).count()).toBe(0);

    // Push choices are kept but cannot be changed where push cannot be sent.
    const overduePush = page.getByRole("switch", {
      name: "Teslimi geçen görevler: anlık bildirim",
    });
    await overduePush.waitFor();
    expect(await overduePush.isChecked()).toBe(true);
    expect(await overduePush.isDisabled()).toBe(true);
    const overdueInbox = page.getByRole("switch", {
      name: "Teslimi geçen görevler: uygulama içi",
    });
    expect(await overdueInbox.isChecked()).toBe(true);
    await overdueInbox.uncheck({ force: true });
    await page.getByRole("combobox", { name: "Hatırlatma zamanı" }).click();
    await page.getByRole("option", { name: "15 dakika önce" }).click();
    await page.getByRole("switch", { name: /^Sessiz saatler/ }).click({ force: true });
    await page.getByRole("combobox", { name: "Başlangıç" }).click();
    await page.getByRole("option", { name: "23:00" }).click();
    await screenshot(page, "notifications-04-settings");
    await page.getByRole("button", { name: "Kaydet" }).last().click();
    await page.getByText("Bildirim ayarlarınız kaydedildi.").waitFor();

    const timeZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    const saved = await waitFor(
      async () => (await adminDb.doc(paths.notificationPreferences(uid)).get()).data(),
      (data) => data !== undefined,
    );
    expect(saved).toMatchObject({
      leadMinutes: 15,
      quietHours: { enabled: true, startHour: 23, endHour: 8, timeZone },
    });
    expect(saved?.channels.task_overdue).toEqual({ inbox: false, push: true });
    expect(saved?.channels.task_due_soon).toEqual({ inbox: true, push: true });

    await page.reload();
    await page.getByRole("combobox", { name: "Hatırlatma zamanı" }).waitFor();
    expect(await page.getByRole("combobox", { name: "Hatırlatma zamanı" }).inputValue()).toBe(
      "15 dakika önce",
    );
  });
});
