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
export const syncTaskReminder = (workspaceId: string, taskId: string) => {
  const reference = reminderRef(workspaceId, taskReminderId(taskId));
  const source = taskRef(workspaceId, taskId).withConverter(converter(taskReminderSourceSchema));
  return db.runTransaction(async (transaction) => {
    const [task, existing] = await Promise.all([
      transaction.get(source).then((snapshot) => snapshot.data()),
      transaction.get(reference).then((snapshot) => snapshot.data()),
    ]);
    const target = task && taskReminderTarget(task);
    const leadMinutes = target ? (await readPreferences(target.recipientId)).leadMinutes : 0;
    const wanted = task ? taskReminder(workspaceId, taskId, task, existing, leadMinutes) : null;
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
