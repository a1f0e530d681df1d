import { initializeApp } from "firebase-admin/app";
import { getFirestore, Timestamp } from "firebase-admin/firestore";
import {
  followUpReminder,
  followUpReminderId,
  functionsRegion,
  interactionInputSchema,
  newInteraction,
  newTask,
  paths,
  taskInputSchema,
  taskReminder,
  taskReminderId,
  taskSchema,
  interactionSchema,
} from "@pano/domain";
import {
  disableBackgroundTriggers,
  enableBackgroundTriggers,
} from "@pano/testing/backgroundTriggers";
import { fireScheduledFunction } from "@pano/testing/fireScheduledFunction";

// 10,000 tasks and 2,000 interactions, 50 of them due at the run's schedule time; the rest due
// later, done, undated or without a follow-up. Their reminders are written the way the triggers
// would (the same domain functions), with triggers off for speed. Then the real sendReminders runs
// once in the Functions emulator, and its reminderRuns record tells what it read. Run with
// `npm run bench:reminders` (it builds and starts the emulators).
if (!process.env.FIRESTORE_EMULATOR_HOST) throw new Error("run under firebase emulators:exec");

const taskCount = 10_000;
const interactionCount = 2_000;
const dueTasks = 40;
const dueFollowUps = 10;
const workspaceId = "bench-reminders";
const people = ["u-ayse", "u-mehmet", "u-zeynep", "u-can"];
const minute = 60 * 1000;
const scheduleTime = new Date("2026-03-10T09:00:00Z");
const writtenAt = new Date(scheduleTime.getTime() - 24 * 60 * minute);
const leadMinutes = 60;

const db = getFirestore(initializeApp({ projectId: process.env.GCLOUD_PROJECT ?? "demo-pano" }));
const writer = db.bulkWriter();

// Due tasks fall inside the hour after the run (their "due soon" has begun); the others days to
// weeks later; every tenth is done and every eleventh has no deadline.
const taskDueAt = (index: number) =>
  index < dueTasks
    ? new Date(scheduleTime.getTime() + (index + 1) * minute)
    : index % 11 === 0
      ? null
      : new Date(scheduleTime.getTime() + (2 * 60 + (index % (30 * 24)) * 60) * minute);

const started = performance.now();
await disableBackgroundTriggers();
for (let index = 0; index < taskCount; index += 1) {
  const taskId = `task-${index}`;
  const task = newTask(
    taskInputSchema.parse({
      title: `Görev ${index}`,
      assigneeId: people[index % people.length],
      dueAt: taskDueAt(index),
    }),
    { projectId: null, customerId: `c-${index % 500}`, dealId: null, status: "todo", rank: "a0" },
    { createdBy: people[0] ?? "", completed: index >= dueTasks && index % 10 === 0 },
    writtenAt,
  );
  void writer.set(db.doc(paths.task(workspaceId, taskId)), task);
  const reminder = taskReminder(
    workspaceId,
    taskId,
    taskSchema.parse(task),
    undefined,
    leadMinutes,
  );
  if (reminder)
    void writer.set(db.doc(paths.reminder(workspaceId, taskReminderId(taskId))), reminder);
}
for (let index = 0; index < interactionCount; index += 1) {
  const interactionId = `interaction-${index}`;
  const followUpAt =
    index < dueFollowUps
      ? new Date(scheduleTime.getTime() - (index + 1) * minute)
      : index % 2 === 0
        ? new Date(scheduleTime.getTime() + (index + 1) * 60 * minute)
        : null;
  const interaction = newInteraction(
    `c-${index % 500}`,
    interactionInputSchema.parse({
      type: "call",
      subject: `Görüşme ${index}`,
      occurredAt: writtenAt,
      followUpAt,
    }),
    people[index % people.length] ?? "",
    writtenAt,
  );
  void writer.set(db.doc(paths.interaction(workspaceId, interactionId)), interaction);
  const reminder = followUpReminder(
    workspaceId,
    interactionId,
    interactionSchema.parse(interaction),
    `Müşteri ${index % 500}`,
    undefined,
  );
  if (reminder)
    void writer.set(
      db.doc(paths.reminder(workspaceId, followUpReminderId(interactionId))),
      reminder,
    );
}
await writer.close();
await enableBackgroundTriggers();
const pending = await db.collection(paths.reminders(workspaceId)).count().get();
console.log(
  `seeded ${taskCount} tasks, ${interactionCount} interactions and ${pending.data().count} reminders in ${Math.round((performance.now() - started) / 1000)} s`,
);

await fireScheduledFunction({ name: "sendReminders", region: functionsRegion, scheduleTime });
const runs = await db
  .collection(paths.reminderRuns())
  .where("scheduleTime", "==", Timestamp.fromDate(scheduleTime))
  .get();
const run = runs.docs[0]?.data();
if (!run) throw new Error("sendReminders left no reminderRuns record");
const notifications = await Promise.all(
  people.map(
    async (uid) => (await db.collection(paths.notifications(uid)).count().get()).data().count,
  ),
);
console.log(`notifications written: ${notifications.reduce((sum, count) => sum + count, 0)}`);
console.log(
  `reminders: ${run["due"]} due, ${run["documentsRead"]} documents read, ${run["ms"]} ms`,
);
