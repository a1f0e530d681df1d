import type { TaskPriority } from "./taskSchema";
import { foldTurkish } from "../text/foldTurkish";

export type TaskFilters = {
  assigneeId: string | null;
  priority: TaskPriority | null;
  text: string;
};
export const noTaskFilters: TaskFilters = { assigneeId: null, priority: null, text: "" };

type FilterableTask = {
  title: string;
  description: string;
  assigneeId: string | null;
  priority: string;
};

// Folding is the costly part of a search over thousands of tasks, and the data layer hands back the
// same task object until the task changes: each task's text is folded once, not on every key.
const foldedTexts = new WeakMap<FilterableTask, { title: string; description: string }>();
const foldedText = (task: FilterableTask) => {
  const kept = foldedTexts.get(task);
  if (kept) return kept;
  const folded = { title: foldTurkish(task.title), description: foldTurkish(task.description) };
  foldedTexts.set(task, folded);
  return folded;
};

// Text matches the title or the description, Turkish case and accents folded. The search text is
// folded once for all the tasks a filter sees.
export const taskFilter = (filters: TaskFilters) => {
  const text = foldTurkish(filters.text);
  return (task: FilterableTask) =>
    (!filters.assigneeId || task.assigneeId === filters.assigneeId) &&
    (!filters.priority || task.priority === filters.priority) &&
    (!text || foldedText(task).title.includes(text) || foldedText(task).description.includes(text));
};

export const filterTasks = <Task extends FilterableTask>(
  tasks: Task[],
  filters: TaskFilters,
): Task[] => tasks.filter(taskFilter(filters));
