import { isPastDue } from "./dueDate";

export const myTaskGroups = ["overdue", "today", "thisWeek", "later", "noDate"] as const;
export type MyTaskGroup = (typeof myTaskGroups)[number];

const startOfDay = (date: Date) => new Date(date.getFullYear(), date.getMonth(), date.getDate());

const addDays = (date: Date, days: number) =>
  new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);

// The Turkish week runs Monday to Sunday: "this week" ends when Sunday does.
const endOfWeek = (today: Date) => addDays(today, 7 - ((today.getDay() + 6) % 7));

export const myTaskGroup = (dueAt: Date | null, now: Date): MyTaskGroup => {
  if (!dueAt) return "noDate";
  if (isPastDue(dueAt, now)) return "overdue";
  const today = startOfDay(now);
  if (dueAt < addDays(today, 1)) return "today";
  if (dueAt < endOfWeek(today)) return "thisWeek";
  return "later";
};

// Open tasks grouped for "My tasks", soonest first within each group.
export const groupMyTasks = <Task extends { dueAt: Date | null }>(tasks: Task[], now: Date) => {
  const groups = Object.fromEntries(myTaskGroups.map((group) => [group, [] as Task[]])) as Record<
    MyTaskGroup,
    Task[]
  >;
  for (const task of tasks) groups[myTaskGroup(task.dueAt, now)].push(task);
  for (const group of myTaskGroups)
    groups[group].sort(
      (left, right) => (left.dueAt?.getTime() ?? 0) - (right.dueAt?.getTime() ?? 0),
    );
  return groups;
};
