import { isDeepStrictEqual } from "node:util";
import type { DocumentReference, Transaction } from "firebase-admin/firestore";
import {
  customerSchema,
  followUpReminder,
  followUpReminderId,
  followUpSourceSchema,
  taskReminder,
  taskReminderId,
  taskReminderSourceSchema,
  taskReminderTarget,
  type DocumentWrite,
  type TaskReminderSource,
  type Reminder,
} from "@pano/domain";
import { db } from "../lib/admin";
import { converter } from "../lib/converter";
import { customerRef, interactionRef, reminderRef, taskRef } from "../lib/refs";
import { setIn } from "../lib/typedWrites";
import { readPreferences } from "./deliver";

const nameOnly = customerSchema.pick({ name: true });

// Writes the reminder only when it changed (a run may have advanced it meanwhile: the transaction
// reads it first), deletes it when the item wants none.
const store = (
  transaction: Transaction,
  reference: DocumentReference<Reminder>,
  existing: Reminder | undefined,
  wanted: DocumentWrite<Reminder> | null,
) => {
  if (!wanted) {
    if (existing) transaction.delete(reference);
    return;
  }
  if (!isDeepStrictEqual(wanted, existing)) setIn(transaction, reference, wanted);
};

// From the task as it is now, not as the event saw it: events arrive late, twice or out of order,
// and the last one to run must leave the reminder the current task wants.
// The transaction holds a read lock on the task until it commits, and people's next edits of the
// task wait for it: the recipient's settings are read before it (for the recipient the task has
// now), so the transaction itself only reads the task and its reminder and writes.
const recipientOf = (task: TaskReminderSource | undefined) =>
  (task && taskReminderTarget(task)?.recipientId) ?? null;

export const syncTaskReminder = async (workspaceId: string, taskId: string) => {
  const reference = reminderRef(workspaceId, taskReminderId(taskId));
  const source = taskRef(workspaceId, taskId).withConverter(converter(taskReminderSourceSchema));
  const recipient = recipientOf((await source.get()).data());
  const prefetched = recipient ? await readPreferences(recipient) : null;
  return db.runTransaction(async (transaction) => {
    const [task, existing] = await Promise.all([
      transaction.get(source).then((snapshot) => snapshot.data()),
      transaction.get(reference).then((snapshot) => snapshot.data()),
    ]);
    const now = recipientOf(task);
    const preferences =
      now === null ? null : now === recipient ? prefetched : await readPreferences(now);
    const wanted = task
      ? taskReminder(workspaceId, taskId, task, existing, preferences?.leadMinutes ?? 0)
      : null;
    store(transaction, reference, existing, wanted);
  });
};

export const syncFollowUpReminder = (workspaceId: string, interactionId: string) => {
  const reference = reminderRef(workspaceId, followUpReminderId(interactionId));
  const source = interactionRef(workspaceId, interactionId).withConverter(
    converter(followUpSourceSchema),
  );
  return db.runTransaction(async (transaction) => {
    const [interaction, existing] = await Promise.all([
      transaction.get(source).then((snapshot) => snapshot.data()),
      transaction.get(reference).then((snapshot) => snapshot.data()),
    ]);
    const customer =
      interaction?.followUpAt &&
      (
        await transaction.get(
          customerRef(workspaceId, interaction.customerId).withConverter(converter(nameOnly)),
        )
      ).data();
    const wanted =
      interaction && customer
        ? followUpReminder(workspaceId, interactionId, interaction, customer.name, existing)
        : null;
    store(transaction, reference, existing, wanted);
  });
};
