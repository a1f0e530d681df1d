import type { DocumentWrite } from "../documents/documentWrite";
import type { AppNotification, NotificationContent } from "./notificationSchema";

// Old notifications go: a TTL policy on expireAt deletes them this long after they were made.
export const notificationLifetimeDays = 90;
const dayMs = 24 * 60 * 60 * 1000;

type Delivery = {
  workspaceId: string;
  // The in-app path it opens: the task, customer, deal or project it is about.
  link: string;
  inbox: boolean;
  // When its push is due; null when none is wanted.
  pushAt: Date | null;
};

// Unread until its reader opens it.
export const newNotification = (
  content: NotificationContent,
  delivery: Delivery,
  now: Date,
): DocumentWrite<AppNotification> => ({
  ...content,
  ...delivery,
  read: false,
  createdAt: now,
  expireAt: new Date(now.getTime() + notificationLifetimeDays * dayMs),
});
