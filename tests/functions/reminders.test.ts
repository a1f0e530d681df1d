import { Timestamp } from "firebase-admin/firestore";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import {
  customerInputSchema,
  defaultNotificationPreferences,
  functionsRegion,
  interactionInputSchema,
  newCustomer,
  newInteraction,
  newTask,
  paths,
  taskInputSchema,
  type TaskFields,
} from "@pano/domain";
import { reminderRef } from "../../functions/src/lib/refs";
import { preferencesCache } from "../../functions/src/reminders/deliver";
import { runReminders } from "../../functions/src/reminders/runReminders";
import { sendReminder } from "../../functions/src/reminders/sendReminder";
import { adminDb, clearFirestore, closeClients } from "@pano/testing/emulatorClients";
import { fireScheduledFunction } from "@pano/testing/fireScheduledFunction";
import { waitFor } from "@pano/testing/waitFor";

// The real sendReminders in the Functions emulator, fired the way Cloud Scheduler fires it, with
// reminders kept by the real triggers. Times are fixed: Istanbul is UTC+3, so 11:00Z is 14:00.
const workspaceId = "ws-reminders";
const creator = "u-ayse";
const assignee = "u-zeynep";
const writtenAt = new Date("2026-03-10T06:00:00Z");
const dueAt = new Date("2026-03-10T11:00:00Z");
const hourBefore = new Date("2026-03-10T10:00:00Z");

const remind = (scheduleTime: Date) =>
  fireScheduledFunction({ name: "sendReminders", region: functionsRegion, scheduleTime });

const writeTask = (taskId: string, fields: Partial<TaskFields>, at = writtenAt) =>
  adminDb
    .doc(paths.task(workspaceId, taskId))
    .set(
      newTask(
        taskInputSchema.parse({ title: `Görev ${taskId}`, dueAt, assigneeId: assignee, ...fields }),
        { projectId: null, customerId: "c1", dealId: null, status: "todo", rank: "a0" },
        { createdBy: creator, completed: false },
        at,
      ),
    );

const updateTask = (taskId: string, fields: Record<string, unknown>, at: Date) =>
  adminDb.doc(paths.task(workspaceId, taskId)).update({ ...fields, updatedAt: at });

const reminderIds = async () =>
  (await adminDb.collection(paths.reminders(workspaceId)).get()).docs.map((doc) => doc.id).sort();

const remindersAre = (ids: string[]) =>
  waitFor(reminderIds, (current) => JSON.stringify(current) === JSON.stringify([...ids].sort()));

const reminderAt = async (reminderId: string) =>
  (
    (await adminDb.doc(paths.reminder(workspaceId, reminderId)).get()).get("at") as
      Timestamp | undefined
  )?.toDate();

// Reminders only: a task given to someone else also tells them it was assigned (another trigger).
const reminderTypes = ["task_due_soon", "task_overdue", "follow_up_due"];
const notificationsOf = async (uid: string) =>
  (
    await adminDb
      .collection(paths.notifications(uid))
      .where("type", "in", reminderTypes)
      .orderBy("createdAt")
      .get()
  ).docs.map((doc): Record<string, unknown> => ({ id: doc.id, ...doc.data() }));

const runsAt = async (scheduleTime: Date) =>
  (
    await adminDb
      .collection(paths.reminderRuns())
      .where("scheduleTime", "==", Timestamp.fromDate(scheduleTime))
      .get()
  ).docs.map((doc) => doc.data());

beforeEach(clearFirestore);
afterAll(closeClients);

describe("sendReminders", () => {
  it("sends a task's due soon at the lead time and its overdue once the deadline passes", async () => {
    await writeTask("t1", {});
    await remindersAre(["task-t1"]);
    expect(await reminderAt("task-t1")).toEqual(hourBefore);

    await remind(new Date("2026-03-10T09:55:00Z"));
    expect(await notificationsOf(assignee)).toEqual([]);

    await remind(hourBefore);
    await remind(new Date("2026-03-10T10:05:00Z"));
    const [dueSoon] = await notificationsOf(assignee);
    expect(await notificationsOf(assignee)).toHaveLength(1);
    expect(dueSoon).toMatchObject({
      id: `task_due_soon-${workspaceId}-t1-${dueAt.getTime()}`,
      type: "task_due_soon",
      params: { taskTitle: "Görev t1", dateOnly: false },
      workspaceId,
      link: `/w/${workspaceId}/customers/c1?task=t1`,
      inbox: true,
      read: false,
    });
    expect((dueSoon?.["params"] as { dueAt: Timestamp }).dueAt.toDate()).toEqual(dueAt);
    expect(await reminderAt("task-t1")).toEqual(dueAt);

    await remind(dueAt);
    await remind(new Date("2026-03-10T11:05:00Z"));
    expect((await notificationsOf(assignee)).map((notification) => notification["type"])).toEqual([
      "task_due_soon",
      "task_overdue",
    ]);
    expect(await reminderIds()).toEqual([]);
    expect(await runsAt(hourBefore)).toEqual([
      expect.objectContaining({ due: 1, sent: 1, documentsRead: expect.any(Number) }),
    ]);
    expect(await notificationsOf(creator)).toEqual([]);
  });

  it("reminds the creator of an unassigned task, with the recipient's own lead time and push settings", async () => {
    const preferences = defaultNotificationPreferences();
    await adminDb.doc(paths.notificationPreferences(creator)).set({
      ...preferences,
      leadMinutes: 15,
      channels: { ...preferences.channels, task_due_soon: { inbox: true, push: false } },
      updatedAt: writtenAt,
    });
    await writeTask("t2", { assigneeId: null });
    await waitFor(
      () => reminderAt("task-t2"),
      (at) => at?.getTime() === new Date("2026-03-10T10:45:00Z").getTime(),
    );
    await remind(new Date("2026-03-10T10:45:00Z"));
    expect(await notificationsOf(creator)).toEqual([
      expect.objectContaining({ type: "task_due_soon", inbox: true, pushAt: null }),
    ]);
  });

  it("reminds a deadline without a time at 09:00 Istanbul that day", async () => {
    const day = new Date("2026-03-10T21:00:00Z"); // 11 March, 00:00 in Istanbul
    await writeTask("t3", { dueAt: day });
    await waitFor(
      () => reminderAt("task-t3"),
      (at) => at?.getTime() === new Date("2026-03-11T06:00:00Z").getTime(),
    );
    await remind(new Date("2026-03-11T06:00:00Z"));
    expect(await notificationsOf(assignee)).toEqual([
      expect.objectContaining({
        type: "task_due_soon",
        params: expect.objectContaining({ dateOnly: true }),
      }),
    ]);
  });

  it("never reminds done, deleted or rescheduled tasks of the old time; the new time reminds", async () => {
    await Promise.all([writeTask("done", {}), writeTask("gone", {}), writeTask("moved", {})]);
    await remindersAre(["task-done", "task-gone", "task-moved"]);
    const later = new Date("2026-03-11T11:00:00Z");
    await updateTask("done", { status: "done", completedAt: writtenAt }, writtenAt);
    await adminDb.doc(paths.task(workspaceId, "gone")).delete();
    await updateTask("moved", { dueAt: later }, writtenAt);
    await remindersAre(["task-moved"]);
    await waitFor(
      () => reminderAt("task-moved"),
      (at) => at?.getTime() === new Date("2026-03-11T10:00:00Z").getTime(),
    );

    await remind(dueAt);
    expect(await notificationsOf(assignee)).toEqual([]);

    await remind(new Date("2026-03-11T10:00:00Z"));
    expect(await notificationsOf(assignee)).toEqual([
      expect.objectContaining({ id: `task_due_soon-${workspaceId}-moved-${later.getTime()}` }),
    ]);
  });

  it("keeps a sent due soon sent through a title edit", async () => {
    await writeTask("t4", {});
    await remindersAre(["task-t4"]);
    await remind(hourBefore);
    await updateTask("t4", { title: "Yeni başlık" }, new Date("2026-03-10T10:10:00Z"));
    await waitFor(
      async () => (await adminDb.doc(paths.reminder(workspaceId, "task-t4")).get()).get("params"),
      (params) => params?.taskTitle === "Yeni başlık",
    );
    expect(await reminderAt("task-t4")).toEqual(dueAt);
    await remind(new Date("2026-03-10T10:15:00Z"));
    expect(await notificationsOf(assignee)).toHaveLength(1);
  });

  it("sends a follow-up to its author at its time, naming the customer; a removed one never", async () => {
    await adminDb
      .doc(paths.customer(workspaceId, "c1"))
      .set(
        newCustomer(
          customerInputSchema.parse({ name: "Mavi Deniz Turizm", ownerId: creator }),
          creator,
          writtenAt,
        ),
      );
    const followUp = (interactionId: string) =>
      adminDb.doc(paths.interaction(workspaceId, interactionId)).set(
        newInteraction(
          "c1",
          interactionInputSchema.parse({
            type: "call",
            subject: "Teklif",
            occurredAt: writtenAt,
            followUpAt: dueAt,
          }),
          creator,
          writtenAt,
        ),
      );
    await Promise.all([followUp("i1"), followUp("i2")]);
    await remindersAre(["followup-i1", "followup-i2"]);
    await adminDb
      .doc(paths.interaction(workspaceId, "i2"))
      .update({ followUpAt: null, updatedAt: writtenAt });
    await remindersAre(["followup-i1"]);

    await remind(dueAt);
    expect(await notificationsOf(creator)).toEqual([
      expect.objectContaining({
        id: `follow_up_due-${workspaceId}-i1-${dueAt.getTime()}`,
        type: "follow_up_due",
        params: expect.objectContaining({ customerName: "Mavi Deniz Turizm", subject: "Teklif" }),
        link: `/w/${workspaceId}/customers/c1`,
      }),
    ]);
  });
});

describe("sendReminders exactly once", { timeout: 240_000 }, () => {
  const count = 30;
  const seedDue = async () => {
    await Promise.all(
      Array.from({ length: count }, (_, index) =>
        writeTask(`x${index}`, { assigneeId: `u-${index % 3}` }),
      ),
    );
    // Thirty task writes set off their reminder, counter and report triggers, which the functions
    // emulator works through a few at a time on a busy machine.
    await waitFor(reminderIds, (ids) => ids.length === count, 120_000);
  };
  const notificationCounts = async () =>
    Promise.all(["u-0", "u-1", "u-2"].map(async (uid) => (await notificationsOf(uid)).length));

  it("notifies once per reminder when two runs overlap", async () => {
    await seedDue();
    await Promise.all([remind(hourBefore), remind(hourBefore)]);
    expect(await notificationCounts()).toEqual([10, 10, 10]);
    const runs = await runsAt(hourBefore);
    expect(runs).toHaveLength(2);
    expect(runs.reduce((sum, run) => sum + (run["sent"] as number), 0)).toBe(count);
  });

  it("notifies once per reminder when three runs in one process contend for the same reminders", async () => {
    await seedDue();
    const runs = await Promise.all([1, 2, 3].map(() => runReminders(hourBefore)));
    expect(await notificationCounts()).toEqual([10, 10, 10]);
    expect(runs.reduce((sum, run) => sum + run.sent, 0)).toBe(count);
    expect(await reminderIds()).toHaveLength(count);
  });

  it("notifies once per reminder when a run that stopped part-way is followed by a full one", async () => {
    await seedDue();
    // A run that died after its first reminders: it sends those, the next run the rest.
    const context = {
      now: hourBefore,
      preferences: preferencesCache(() => {}),
      countRead: () => {},
    };
    const partial = (await reminderIds()).slice(0, 12);
    await Promise.all(partial.map((id) => sendReminder(reminderRef(workspaceId, id), context)));

    await remind(hourBefore);
    expect(await notificationCounts()).toEqual([10, 10, 10]);
    expect(await runsAt(hourBefore)).toEqual([expect.objectContaining({ due: 18, sent: 18 })]);
  });
});
