import type { DocumentWrite } from "../documents/documentWrite";
import { taskSchema, type Task } from "../tasks/taskSchema";
import { keptStep, type ReminderTarget } from "./pendingReminder";
import type { Reminder } from "./reminderSchema";
import { firstTaskStep, isDateOnly } from "./reminderTiming";
import { taskLink } from "../notifications/notificationLinks";

export const taskReminderId = (taskId: string) => `task-${taskId}`;

// The part of a task its reminder depends on.
export const taskReminderSourceSchema = taskSchema.pick({
  title: true,
  dueAt: true,
  completedAt: true,
  assigneeId: true,
  createdBy: true,
  projectId: true,
  customerId: true,
  dealId: true,
  updatedAt: true,
});
export type TaskReminderSource = Pick<Task, keyof typeof taskReminderSourceSchema.shape>;

// An open task with a deadline reminds its assignee, or its creator while nobody is assigned.
export const taskReminderTarget = (
  task: Pick<Task, "dueAt" | "completedAt" | "assigneeId" | "createdBy">,
): ReminderTarget | null =>
  task.dueAt && !task.completedAt
    ? { recipientId: task.assigneeId ?? task.createdBy, about: task.dueAt }
    : null;

// Whether a write can change the task's reminder (a board move or a description edit cannot).
export const taskReminderAffected = (before?: TaskReminderSource, after?: TaskReminderSource) => {
  const key = (task?: TaskReminderSource) =>
    task && taskReminderTarget(task) ? JSON.stringify({ ...task, updatedAt: null }) : null;
  return key(before) !== key(after);
};

// The reminder a task should have, given the one it has (null: none). The recipient's lead time
// only counts when the reminder starts over.
export const taskReminder = (
  workspaceId: string,
  taskId: string,
  task: TaskReminderSource,
  existing: Reminder | undefined,
  leadMinutes: number,
): DocumentWrite<Reminder> | null => {
  const target = taskReminderTarget(task);
  if (!target) return null;
  const step =
    keptStep(existing, ["task_due_soon", "task_overdue"] as const, target) ??
    firstTaskStep(target.about, leadMinutes, task.updatedAt);
  if (!step) return null;
  return {
    kind: step.kind,
    at: step.at,
    params: { taskTitle: task.title, dueAt: target.about, dateOnly: isDateOnly(target.about) },
    workspaceId,
    itemId: taskId,
    recipientId: target.recipientId,
    link: taskLink(workspaceId, taskId, task),
  };
};
