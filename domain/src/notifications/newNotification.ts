import type { DocumentWrite, WriteTime } from "../documents/documentWrite";
import type { AppNotification } from "./notificationSchema";

type NotificationContent = Pick<
  AppNotification,
  "workspaceId" | "type" | "title" | "body" | "link"
>;

// Unread until its reader opens it.
export const newNotification = (
  content: NotificationContent,
  now: WriteTime,
): DocumentWrite<AppNotification> => ({ ...content, read: false, createdAt: now });
