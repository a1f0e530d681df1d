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

// Text matches the title or the description, Turkish case and accents folded.
export const filterTasks = <Task extends FilterableTask>(
  tasks: Task[],
  filters: TaskFilters,
): Task[] => {
  const text = foldTurkish(filters.text);
  return tasks.filter(
    (task) =>
      (!filters.assigneeId || task.assigneeId === filters.assigneeId) &&
      (!filters.priority || task.priority === filters.priority) &&
      (!text ||
        foldTurkish(task.title).includes(text) ||
        foldTurkish(task.description).includes(text)),
  );
};
