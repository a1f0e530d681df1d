import type { DocumentUpdate, DocumentWrite, WriteTime } from "../documents/documentWrite";
import type { TaskMove } from "./taskMove";
import type { Task, TaskFields } from "./taskSchema";

// A task belongs to a project (status is one of its columns) or is a to-do of a customer or a
// deal (status todo or done); the rank orders it within its column or list.
export type TaskPlacement = {
  projectId: string | null;
  customerId: string | null;
  dealId: string | null;
  status: string;
  rank: string;
};

export const newTask = (
  fields: TaskFields,
  placement: TaskPlacement,
  { createdBy, completed }: { createdBy: string; completed: boolean },
  now: WriteTime,
): DocumentWrite<Task> => ({
  ...fields,
  ...placement,
  completedAt: completed ? now : null,
  createdBy,
  createdAt: now,
  updatedBy: createdBy,
  updatedAt: now,
});

// What a move writes: the column, one rank, and completedAt when the task enters or leaves done.
export const taskMoveFields = (move: TaskMove, now: WriteTime): DocumentUpdate<Task> => ({
  status: move.status,
  rank: move.rank,
  ...(move.completion === "keep"
    ? {}
    : { completedAt: move.completion === "complete" ? now : null }),
});
