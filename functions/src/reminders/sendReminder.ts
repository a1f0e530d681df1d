import type { DocumentReference } from "firebase-admin/firestore";
import {
  dueStep,
  followUpReminderTarget,
  followsTarget,
  interactionSchema,
  reminderAbout,
  reminderAdvanced,
  reminderContent,
  reminderNotificationId,
  taskReminderTarget,
  taskSchema,
  type Reminder,
} from "@pano/domain";
import { db } from "../lib/admin";
import { converter } from "../lib/converter";
import { interactionRef, taskRef } from "../lib/refs";
import { updateIn } from "../lib/typedWrites";
import { deliverOnce, type Preferences } from "./deliver";

const taskTargetFields = taskSchema.pick({
  dueAt: true,
  completedAt: true,
  assigneeId: true,
  createdBy: true,
});
const followUpTargetFields = interactionSchema.pick({ followUpAt: true, createdBy: true });

export type RunContext = {
  now: Date;
  preferences: (uid: string) => Promise<Preferences>;
  // Every document read, for the run's record.
  countRead: () => void;
};

// Who the reminder's item wants reminded about what now, read inside the transaction so a task
// done or rescheduled a moment ago (its trigger may not have run yet) is never reminded of.
const currentTarget = async (transaction: FirebaseFirestore.Transaction, reminder: Reminder) => {
  if (reminder.kind === "follow_up_due") {
    const reference = interactionRef(reminder.workspaceId, reminder.itemId);
    const interaction = await transaction.get(
      reference.withConverter(converter(followUpTargetFields)),
    );
    const data = interaction.data();
    return data ? followUpReminderTarget(data) : null;
  }
  const reference = taskRef(reminder.workspaceId, reminder.itemId);
  const task = (await transaction.get(reference.withConverter(converter(taskTargetFields)))).data();
  return task ? taskReminderTarget(task) : null;
};

// One due reminder in one transaction: its notification is created (at most once, by its
// deterministic id) together with the reminder's next step or deletion, so a run that stops
// after any reminder, or two runs at once, never send a notice twice or lose one.
// True when a notification was written.
export const sendReminder = (reference: DocumentReference<Reminder>, context: RunContext) =>
  db.runTransaction(async (transaction) => {
    context.countRead();
    const reminder = (await transaction.get(reference)).data();
    const step = reminder && dueStep({ ...reminder, about: reminderAbout(reminder) }, context.now);
    if (!reminder || !step) return false;
    context.countRead();
    if (!followsTarget(reminder, await currentTarget(transaction, reminder))) {
      transaction.delete(reference);
      return false;
    }
    context.countRead();
    const sent = await deliverOnce(
      transaction,
      await context.preferences(reminder.recipientId),
      {
        uid: reminder.recipientId,
        id: reminderNotificationId(reminder, step.send),
        content: reminderContent(reminder, step.send),
        workspaceId: reminder.workspaceId,
        link: reminder.link,
      },
      context.now,
    );
    if (step.next) updateIn(transaction, reference, reminderAdvanced(step.next));
    else transaction.delete(reference);
    return sent;
  });
