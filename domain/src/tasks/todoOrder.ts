import { isPastDue } from "./dueDate";
import { todoStatuses } from "./taskSchema";

type Listed = { done: boolean; dueAt: Date | null; completedAt: Date | null; title: string };

export const isDone = (task: { status: string }) => task.status === todoStatuses.done;

export const isOverdue = (task: { status: string; dueAt: Date | null }, now: Date) =>
  !isDone(task) && task.dueAt !== null && isPastDue(task.dueAt, now);

const time = (date: Date | null, fallback: number) => (date ? date.getTime() : fallback);

// Open tasks first, soonest due first (undated last); then done ones, latest finished first.
// `done` is the caller's: a to-do is done by status, a project task by its project's columns.
export const compareTodos = (left: Listed, right: Listed): number => {
  if (left.done !== right.done) return left.done ? 1 : -1;
  if (left.done) return time(right.completedAt, 0) - time(left.completedAt, 0);
  return (
    time(left.dueAt, Number.MAX_SAFE_INTEGER) - time(right.dueAt, Number.MAX_SAFE_INTEGER) ||
    left.title.localeCompare(right.title, "tr")
  );
};
