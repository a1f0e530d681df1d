import { z } from "zod";
import { timestampSchema } from "../validation/common";

// The notice a reminder sends next: a task's "due soon" (then "overdue"), or a follow-up's.
export const reminderKinds = ["task_due_soon", "task_overdue", "follow_up_due"] as const;
export type ReminderKind = (typeof reminderKinds)[number];
export type TaskReminderKind = Exclude<ReminderKind, "follow_up_due">;

const taskParams = z.object({
  taskTitle: z.string(),
  dueAt: timestampSchema,
  dateOnly: z.boolean(),
});
const followUpParams = z.object({
  customerName: z.string(),
  subject: z.string(),
  followUpAt: timestampSchema,
});

// Who gets it and when (at, what the scheduled run queries); params are the notification's text
// parameters, their dueAt or followUpAt the time the reminder is about.
const pending = {
  workspaceId: z.string(),
  itemId: z.string(),
  recipientId: z.string(),
  at: timestampSchema,
  link: z.string(),
};

// workspaces/{ws}/reminders/{task-<id>|followup-<id>}: the next notice an item is waiting for,
// kept by triggers; functions only.
export const reminderSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("task_due_soon"), params: taskParams, ...pending }),
  z.object({ kind: z.literal("task_overdue"), params: taskParams, ...pending }),
  z.object({ kind: z.literal("follow_up_due"), params: followUpParams, ...pending }),
]);
export type Reminder = z.infer<typeof reminderSchema>;

// reminderRuns/{id}: what one scheduled run did, for monitoring and the benchmark; functions only.
export const reminderRunSchema = z.object({
  scheduleTime: timestampSchema,
  due: z.number().int(),
  sent: z.number().int(),
  documentsRead: z.number().int(),
  ms: z.number(),
  expireAt: timestampSchema,
});
export type ReminderRun = z.infer<typeof reminderRunSchema>;
