import type { Transaction } from "firebase-admin/firestore";
import { preferencesOrDefaults, type DeliveryPreferences } from "@pano/domain";
import { notificationPreferencesRef, notificationRef } from "../lib/refs";
import { writeNotice, type Notice } from "../notify/notifyUser";

export type Preferences = DeliveryPreferences;

// A reminder run reads each recipient's settings once, outside the reminders' transactions.
export const readPreferences = async (uid: string): Promise<Preferences> =>
  preferencesOrDefaults((await notificationPreferencesRef(uid).get()).data());

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

// Reads the notification inside the caller's transaction (count it) and writes it when it does not
// exist yet: a retried or overlapping run finds it and sends nothing. The caller writes after
// this. False when nothing was written (already there, or the recipient wants neither channel).
export const deliverOnce = async (
  transaction: Transaction,
  preferences: Preferences,
  notice: Notice,
  now: Date,
) => {
  const existing = await transaction.get(
    notificationRef(notice.uid, notice.id).withConverter(null),
  );
  return !existing.exists && writeNotice(transaction, preferences, notice, now);
};
