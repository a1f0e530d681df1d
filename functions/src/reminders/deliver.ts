import type { DocumentReference, Transaction } from "firebase-admin/firestore";
import {
  defaultNotificationPreferences,
  newNotification,
  notificationPreferencesSchema,
  paths,
  pushTime,
  type AppNotification,
  type NotificationContent,
  type NotificationPreferences,
} from "@pano/domain";
import { db } from "../lib/admin";
import { withDates } from "../lib/converter";
import { notificationRef } from "../lib/refs";
import { createIn } from "../lib/typedWrites";

// Reminders' delivery on its own: the recipient's settings decide the inbox and the push.

export type Preferences = Omit<NotificationPreferences, "updatedAt">;

// A user who never saved their settings, or whose document no longer parses, gets the defaults.
export const readPreferences = async (uid: string): Promise<Preferences> => {
  const snapshot = await db.doc(paths.notificationPreferences(uid)).get();
  const parsed = notificationPreferencesSchema.safeParse(withDates(snapshot.data()));
  return parsed.success ? parsed.data : defaultNotificationPreferences();
};

// One read per recipient for a whole run, counted in its documentsRead.
export const preferencesCache = (onRead: () => void) => {
  const cache = new Map<string, Promise<Preferences>>();
  return (uid: string) => {
    const cached = cache.get(uid);
    if (cached) return cached;
    onRead();
    const read = readPreferences(uid);
    cache.set(uid, read);
    return read;
  };
};

type Delivery = {
  recipientId: string;
  notificationId: string;
  content: NotificationContent;
  workspaceId: string;
  link: string;
  preferences: Preferences;
  now: Date;
};

// Reads the notification inside the caller's transaction (count it) and creates it when it does
// not exist yet: a retried or overlapping run finds it and sends nothing. The caller writes after
// this. False when nothing was written (already there, or the recipient wants neither channel).
export const deliverOnce = async (
  transaction: Transaction,
  { recipientId, notificationId, content, workspaceId, link, preferences, now }: Delivery,
) => {
  const reference: DocumentReference<AppNotification> = notificationRef(
    recipientId,
    notificationId,
  );
  const existing = await transaction.get(reference.withConverter(null));
  const channels = preferences.channels[content.type];
  if (existing.exists || (!channels.inbox && !channels.push)) return false;
  const pushAt = channels.push ? pushTime(now, preferences.quietHours) : null;
  createIn(
    transaction,
    reference,
    newNotification(content, { workspaceId, link, inbox: channels.inbox, pushAt }, now),
  );
  return true;
};
