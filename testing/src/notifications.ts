import type { Page } from "playwright-core";
import { newNotification, paths, type NotificationContent } from "@pano/domain";
import { adminDb } from "./adminData";
import { waitFor } from "./waitFor";

// A notification as the functions write it (the domain factory), for one user.
export const addNotification = (
  uid: string,
  id: string,
  content: NotificationContent,
  delivery: { workspaceId: string; link: string },
  createdAt = new Date(),
) =>
  adminDb
    .doc(paths.notification(uid, id))
    .set(newNotification(content, { ...delivery, inbox: true, pushAt: null }, createdAt));

export const notificationOnServer = (
  uid: string,
  id: string,
  holds: (notification: Record<string, unknown>) => boolean,
) =>
  waitFor(async () => (await adminDb.doc(paths.notification(uid, id)).get()).data() ?? {}, holds);

// The header's bell in either language; its name carries the unread count.
export const bell = (page: Page) =>
  page.getByRole("button", { name: /^(Bildirimler|Notifications)(, .+)?$/ });

// Resolves once the bell's name says this many unread ("99+" past 99); 0 means none.
export const waitForUnread = async (page: Page, count: number | "99+") => {
  const name =
    count === 0
      ? /^(Bildirimler|Notifications)$/
      : new RegExp(
          `^(Bildirimler, ${count} okunmamış|Notifications, ${count} unread)$`.replace("+", "\\+"),
        );
  await page.getByRole("button", { name }).waitFor();
};

export const inboxPanel = (page: Page) =>
  page.getByRole("dialog", { name: /^(Bildirimler|Notifications)$/ });

export const openInbox = async (page: Page) => {
  if (!(await inboxPanel(page).isVisible())) await bell(page).click();
  await inboxPanel(page).waitFor();
  return inboxPanel(page);
};

export const inboxEntries = (page: Page) => inboxPanel(page).getByRole("listitem");

// Escape, as a keyboard user closes it; resolves once it is gone.
export const closeInbox = async (page: Page) => {
  await page.keyboard.press("Escape");
  await inboxPanel(page).waitFor({ state: "hidden" });
};
