import type { QueryDocumentSnapshot } from "firebase-admin/firestore";
import { logger } from "firebase-functions";
import { collectionGroups, newReminderRun, reminderSchema, type Reminder } from "@pano/domain";
import { db } from "../lib/admin";
import { converter } from "../lib/converter";
import { newReminderRunRef } from "../lib/refs";
import { preferencesCache } from "./deliver";
import { sendReminder, type RunContext } from "./sendReminder";

const pageSize = 200;
// Reminders of one page sent side by side, a few at a time, each in its own transaction.
const parallel = 10;

const dueReminders = (scheduleTime: Date, after: QueryDocumentSnapshot<Reminder> | undefined) => {
  const query = db
    .collectionGroup(collectionGroups.reminders)
    .withConverter(converter(reminderSchema))
    .where("at", "<=", scheduleTime)
    .orderBy("at")
    .limit(pageSize);
  return (after ? query.startAfter(after) : query).get();
};

// A reminder whose transaction failed (it lost to an overlapping run too often) stays due: the
// run goes on with the others, and whichever run comes next sends it, still exactly once.
const sendOrLeave = (doc: QueryDocumentSnapshot<Reminder>, context: RunContext) =>
  sendReminder(doc.ref, context).catch((error: unknown) => {
    logger.warn("reminder left for the next run", { reminder: doc.ref.path, error: String(error) });
    return false;
  });

// Everything due at scheduleTime, found by one indexed collection-group query read in pages, so
// a run reads what is due and not the tasks and interactions that are not. Each reminder it sends
// moves past scheduleTime or goes, so a later run (or an overlapping one) does not find it again.
// Records the run in reminderRuns.
export const runReminders = async (scheduleTime: Date) => {
  const started = performance.now();
  let documentsRead = 0;
  const countRead = () => {
    documentsRead += 1;
  };
  const context: RunContext = {
    now: scheduleTime,
    preferences: preferencesCache(countRead),
    countRead,
  };
  let due = 0;
  let sent = 0;
  let last: QueryDocumentSnapshot<Reminder> | undefined;
  for (;;) {
    const page = await dueReminders(scheduleTime, last);
    // An empty query still costs one read.
    documentsRead += Math.max(1, page.size);
    due += page.size;
    for (let start = 0; start < page.docs.length; start += parallel) {
      const batch = page.docs.slice(start, start + parallel);
      const results = await Promise.all(batch.map((doc) => sendOrLeave(doc, context)));
      sent += results.filter(Boolean).length;
    }
    last = page.docs.at(-1);
    if (page.size < pageSize) break;
  }
  const run = newReminderRun({
    scheduleTime,
    due,
    sent,
    documentsRead,
    ms: Math.round(performance.now() - started),
  });
  await newReminderRunRef().set(run);
  return run;
};
