import { doneColumnIds, firstDoneColumn, firstOpenColumn } from "../projects/editColumns";
import type { BoardColumn } from "../projects/projectSchema";
import { todoStatuses } from "./taskSchema";
import { isDone } from "./todoOrder";

type CompletableTask = { projectId: string | null; status: string; completedAt: Date | null };
type TaskBoard = { columns: BoardColumn[] };

// A project as task lists outside its board see it: a name to link, columns to complete into.
export type TaskProject = TaskBoard & { id: string; name: string; customerId: string };

// A to-do is done by its status; a project task by sitting in one of its project's done columns
// (what progress counts). Without its project at hand, a project task's completedAt tells.
export const isTaskDone = (task: CompletableTask, project: TaskBoard | undefined) => {
  if (task.projectId === null) return isDone(task);
  return project ? doneColumnIds(project.columns).includes(task.status) : task.completedAt !== null;
};

// Where a tick (or untick) outside the board puts a task: a to-do to done or todo; a project task
// to its project's first done column, or back to its first open one. Null when that is unknown.
export const completionTarget = (
  task: CompletableTask,
  project: TaskBoard | undefined,
  done: boolean,
): { status: string; completion: "complete" | "reopen" } | null => {
  const completion = done ? "complete" : "reopen";
  if (task.projectId === null)
    return { status: done ? todoStatuses.done : todoStatuses.open, completion };
  if (!project) return null;
  const column = done ? firstDoneColumn(project.columns) : firstOpenColumn(project.columns);
  return column ? { status: column.id, completion } : null;
};
