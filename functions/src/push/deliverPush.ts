import {
  notificationText,
  preferencesOrDefaults,
  pushMessage,
  userProfileSchema,
} from "@pano/domain";
import { db } from "../lib/admin";
import {
  devicesRef,
  notificationPreferencesRef,
  notificationRef,
  userProfileRef,
} from "../lib/refs";
import { updateIn } from "../lib/typedWrites";
import type { PushSender } from "./pushSender";

// Tokens FCM will never deliver to again (the app was removed, the token is malformed or from
// another project): their devices are deleted.
const deadTokenCodes = new Set([
  "messaging/registration-token-not-registered",
  "messaging/invalid-registration-token",
  "messaging/invalid-argument",
]);

const localeOnly = userProfileSchema.pick({ locale: true });

// Takes the push for this run (pushAt → null) unless it is not due or another run took it, so two
// runs never both send it.
const claim = (uid: string, notificationId: string, now: Date) =>
  db.runTransaction(async (transaction) => {
    const reference = notificationRef(uid, notificationId);
    const notification = (await transaction.get(reference)).data();
    if (!notification?.pushAt || notification.pushAt > now) return null;
    updateIn(transaction, reference, { pushAt: null });
    return notification;
  });

// Sends a due push to every device of its recipient, in their language and time zone, and
// forgets the devices FCM says are gone. A send that throws gives the claim back (the retried
// event or the next scheduled run sends it).
export const deliverPush = async (
  uid: string,
  notificationId: string,
  send: PushSender,
  now = new Date(),
) => {
  const notification = await claim(uid, notificationId, now);
  if (!notification) return;
  const [profile, preferences, devices] = await Promise.all([
    userProfileRef(uid).withConverter(null).get(),
    notificationPreferencesRef(uid).get(),
    devicesRef(uid).get(),
  ]);
  if (devices.empty) return;
  const locale = localeOnly.safeParse(profile.data()).data?.locale ?? "tr";
  const { timeZone } = preferencesOrDefaults(preferences.data()).quietHours;
  const text = notificationText(notification, locale, timeZone);
  const messages = devices.docs.map((device) =>
    pushMessage(device.data().token, text, notification.link),
  );
  const results = await send(messages).catch(async (error: unknown) => {
    await db.runTransaction(async (transaction) =>
      updateIn(transaction, notificationRef(uid, notificationId), {
        pushAt: notification.pushAt,
      }),
    );
    throw error;
  });
  const dead = new Set(
    results
      .filter((result) => result.error && deadTokenCodes.has(result.error))
      .map((r) => r.token),
  );
  await Promise.all(
    devices.docs
      .filter((device) => dead.has(device.data().token))
      .map((device) => device.ref.delete()),
  );
};
