import { logger } from "firebase-functions/v2";
import { onSchedule } from "firebase-functions/v2/scheduler";
import { collectionGroups, functionsRegion } from "@pano/domain";
import { db } from "../lib/admin";
import { currentPushSender } from "../push/currentPushSender";
import { deliverPush } from "../push/deliverPush";
import type { PushSender } from "../push/pushSender";

// A run sends at most this many; the rest wait five minutes for the next run.
const perRun = 500;
const inParallel = 20;

// Every push whose time has come (held for quiet hours, or given back after a failed send).
// deliverPush claims each in a transaction, so overlapping runs and the create trigger never both
// send one; one failure is logged and does not stop the others.
export const sendDuePushes = async (send: PushSender, now = new Date()) => {
  const due = await db
    .collectionGroup(collectionGroups.notifications)
    .where("pushAt", "<=", now)
    .orderBy("pushAt")
    .limit(perRun)
    .get();
  for (let start = 0; start < due.docs.length; start += inParallel) {
    const settled = await Promise.allSettled(
      due.docs.slice(start, start + inParallel).map((notification) => {
        const uid = notification.ref.parent.parent?.id;
        return uid ? deliverPush(uid, notification.id, send, now) : Promise.resolve();
      }),
    );
    for (const outcome of settled)
      if (outcome.status === "rejected") logger.error("push failed", outcome.reason);
  }
};

export const sendHeldPushes = onSchedule(
  { schedule: "every 5 minutes", timeZone: "Europe/Istanbul", region: functionsRegion },
  () => sendDuePushes(currentPushSender()),
);
