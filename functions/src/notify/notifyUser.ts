import type { Transaction } from "firebase-admin/firestore";
import {
  newNotification,
  notificationDelivery,
  preferencesOrDefaults,
  type DeliveryPreferences,
  type NotificationContent,
} from "@pano/domain";
import { notificationPreferencesRef, notificationRef } from "../lib/refs";
import { createIn } from "../lib/typedWrites";

export type Notice = {
  uid: string;
  // Deterministic per event (eventNotificationId), so a redelivered event finds it written.
  id: string;
  content: NotificationContent;
  workspaceId: string;
  link: string;
};

// A transaction reads before it writes: a caller that writes other documents too reads the
// recipient's settings with its own reads, then writes the notice after them.
export const readPreferences = async (transaction: Transaction, uid: string) =>
  preferencesOrDefaults((await transaction.get(notificationPreferencesRef(uid))).data());

// The notification as the recipient's settings want it: in the inbox or not, its push due now,
// held to the end of their quiet hours or none; nothing at all (false) when they turned both off.
export const writeNotice = (
  transaction: Transaction,
  preferences: DeliveryPreferences,
  notice: Notice,
  now: Date,
) => {
  const delivery = notificationDelivery(preferences, notice.content.type, now);
  if (!delivery) return false;
  const { uid, id, content, workspaceId, link } = notice;
  createIn(
    transaction,
    notificationRef(uid, id),
    newNotification(content, { workspaceId, link, ...delivery }, now),
  );
  return true;
};

// Notifies one user of one event inside the caller's transaction, exactly once: a redelivered
// event finds its notification already there and writes nothing.
export const notifyUser = async (transaction: Transaction, notice: Notice, now = new Date()) => {
  const [preferences, existing] = await Promise.all([
    readPreferences(transaction, notice.uid),
    transaction.get(notificationRef(notice.uid, notice.id).withConverter(null)),
  ]);
  if (!existing.exists) writeNotice(transaction, preferences, notice, now);
};
