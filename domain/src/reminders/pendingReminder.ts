import type { DocumentUpdate } from "../documents/documentWrite";
import type { NotificationContent } from "../notifications/notificationSchema";
import type { Reminder, ReminderKind } from "./reminderSchema";
import type { ReminderStep } from "./reminderTiming";

// Who an item's reminder goes to and the time it is about.
export type ReminderTarget = { recipientId: string; about: Date };

export const reminderAbout = (reminder: Reminder) =>
  reminder.kind === "follow_up_due" ? reminder.params.followUpAt : reminder.params.dueAt;

// A pending reminder still belongs to its item while the item wants a reminder about the same
// time for the same person: a done, deleted or rescheduled task, a removed or moved follow-up and
// a new assignee all leave the old one behind.
export const followsTarget = (reminder: Reminder, target: ReminderTarget | null) =>
  target !== null &&
  reminder.recipientId === target.recipientId &&
  reminderAbout(reminder).getTime() === target.about.getTime();

// The step a reminder keeps when its item is written without a new time or recipient, so a title
// edit does not send "due soon" a second time.
export const keptStep = <Kind extends ReminderKind>(
  existing: Reminder | undefined,
  kinds: readonly Kind[],
  target: ReminderTarget,
): ReminderStep<Kind> | null => {
  if (!existing || !followsTarget(existing, target)) return null;
  const kind = kinds.find((candidate) => candidate === existing.kind);
  return kind ? { kind, at: existing.at } : null;
};

export const reminderAdvanced = (next: ReminderStep): DocumentUpdate<Reminder> => ({
  kind: next.kind,
  at: next.at,
});

// One notification per item, time it is about and notice: a repeated, retried or overlapping run
// finds its id taken. The workspace is in it because item ids are unique per workspace only.
export const reminderNotificationId = (reminder: Reminder, kind: ReminderKind) =>
  `${kind}-${reminder.workspaceId}-${reminder.itemId}-${reminderAbout(reminder).getTime()}`;

// A task's reminder sends "due soon" or "overdue" with the same parameters.
export const reminderContent = (reminder: Reminder, kind: ReminderKind): NotificationContent =>
  reminder.kind === "follow_up_due"
    ? { type: "follow_up_due", params: reminder.params }
    : { type: kind === "task_overdue" ? "task_overdue" : "task_due_soon", params: reminder.params };
