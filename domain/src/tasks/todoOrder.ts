import { todoStatuses } from "../schemas/task";

type Todo = { status: string; dueAt: Date | null; completedAt: Date | null; title: string };

export const isDone = (task: { status: string }) => task.status === todoStatuses.done;

export const isOverdue = (task: { status: string; dueAt: Date | null }, now: Date) =>
  !isDone(task) && task.dueAt !== null && task.dueAt.getTime() < now.getTime();

const time = (date: Date | null, fallback: number) => (date ? date.getTime() : fallback);

// Open to-dos first, soonest due first (undated last); then done ones, latest finished first.
export const compareTodos = (left: Todo, right: Todo): number => {
  if (isDone(left) !== isDone(right)) return isDone(left) ? 1 : -1;
  if (isDone(left)) return time(right.completedAt, 0) - time(left.completedAt, 0);
  return (
    time(left.dueAt, Number.MAX_SAFE_INTEGER) - time(right.dueAt, Number.MAX_SAFE_INTEGER) ||
    left.title.localeCompare(right.title, "tr")
  );
};
