import { assertFails, assertSucceeds } from "@firebase/rules-unit-testing";
import {
  collection,
  collectionGroup,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  query,
  setDoc,
  updateDoc,
  where,
  type Firestore,
} from "firebase/firestore";
import { describe, it } from "vitest";
import {
  collectionGroups,
  newReminderRun,
  newTask,
  paths,
  taskInputSchema,
  taskReminder,
  taskReminderId,
  taskSchema,
} from "@pano/domain";
import {
  asUser,
  outsider,
  seedWorkspaces,
  signedOut,
  useRulesTestEnvironment,
  users,
  workspaceId,
} from "./support/rulesTestEnvironment";

const writtenAt = new Date("2026-11-30T06:00:00Z");
const task = taskSchema.parse(
  newTask(
    taskInputSchema.parse({
      title: "Teklif gönder",
      assigneeId: users.member.uid,
      dueAt: new Date("2026-11-30T11:00:00Z"),
    }),
    { projectId: null, customerId: "c1", dealId: null, status: "todo", rank: "a0" },
    { createdBy: users.member.uid, completed: false },
    writtenAt,
  ),
);
const reminder = taskReminder(workspaceId, "t1", task, undefined, 60);
if (!reminder) throw new Error("an open task with a deadline ahead has a reminder");
const reminderPath = paths.reminder(workspaceId, taskReminderId("t1"));
const run = newReminderRun({
  scheduleTime: writtenAt,
  due: 1,
  sent: 1,
  documentsRead: 4,
  ms: 20,
});
const runPath = paths.reminderRun("r1");

const environment = useRulesTestEnvironment(async (current) => {
  await seedWorkspaces(current);
  await current.withSecurityRulesDisabled(async (context) => {
    const db = context.firestore() as unknown as Firestore;
    await setDoc(doc(db, paths.task(workspaceId, "t1")), task);
    await setDoc(doc(db, reminderPath), reminder);
    await setDoc(doc(db, runPath), run);
  });
});

const everyone = () => [
  ...Object.values(users).map((user) => asUser(environment(), user)),
  asUser(environment(), outsider),
  signedOut(environment()),
];

describe("reminders and reminderRuns: functions only", () => {
  it("lets the recipient read the task the reminder is about", async () => {
    await assertSucceeds(
      getDoc(doc(asUser(environment(), users.member), paths.task(workspaceId, "t1"))),
    );
  });

  it("denies every client reading a reminder, even its recipient, one by one or by query", async () => {
    for (const db of everyone()) {
      await assertFails(getDoc(doc(db, reminderPath)));
      await assertFails(getDocs(collection(db, paths.reminders(workspaceId))));
      await assertFails(
        getDocs(
          query(
            collectionGroup(db, collectionGroups.reminders),
            where("recipientId", "==", users.member.uid),
          ),
        ),
      );
    }
  });

  it("denies every client creating, changing or deleting a reminder", async () => {
    for (const db of everyone()) {
      await assertFails(setDoc(doc(db, paths.reminder(workspaceId, "task-t2")), reminder));
      await assertFails(updateDoc(doc(db, reminderPath), { at: new Date() }));
      await assertFails(deleteDoc(doc(db, reminderPath)));
    }
  });

  it("denies every client reading or writing reminder runs", async () => {
    for (const db of everyone()) {
      await assertFails(getDoc(doc(db, runPath)));
      await assertFails(getDocs(collection(db, paths.reminderRuns())));
      await assertFails(setDoc(doc(db, paths.reminderRun("r2")), run));
      await assertFails(updateDoc(doc(db, runPath), { sent: 0 }));
      await assertFails(deleteDoc(doc(db, runPath)));
    }
  });
});
