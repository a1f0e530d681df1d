import type { Placement } from "../board/placeCard";
import { compareRanked, rankForIndex, type Ranked } from "../ordering/rankForIndex";
import { completionChange } from "../projects/editColumns";
import type { BoardColumn } from "../projects/projectSchema";
import { todoStatuses } from "./taskSchema";

export type TaskCompletion = "complete" | "reopen" | "keep";

// One write moves a task: its column, one rank, and whether completedAt is stamped, cleared or kept.
export type TaskMove = { status: string; rank: string; completion: TaskCompletion };

type MovingTask = Ranked & { projectId: string | null; status: string };

// A to-do has no board, only its two statuses; as columns, done is the one that completes it.
export const todoColumns: BoardColumn[] = [
  { id: todoStatuses.open, name: todoStatuses.open, kind: "open" },
  { id: todoStatuses.done, name: todoStatuses.done, kind: "done" },
];

// A drop on the board: the column and rank the drop chose; entering a done column completes the
// task, leaving done reopens it, and a reorder (or a move between two done columns) keeps it.
export const dropTask = (
  columns: BoardColumn[],
  task: MovingTask,
  placement: Placement,
): TaskMove => ({
  status: placement.column,
  rank: placement.rank,
  completion: completionChange(columns, task.status, placement.column),
});

// A task sent to a column without a drop position (a status select, a checkbox): it goes after
// the last card there, so tasks sent one after another line up in that order, each with its own
// rank. `columnCards` are the column's cards in any order (the task itself among them or not); a
// single card, the column's last, is enough. A to-do keeps its rank: to-do lists sort by due and
// completion time, never by rank.
export const sendTaskToColumn = (
  columns: BoardColumn[],
  task: MovingTask,
  status: string,
  columnCards: Ranked[],
): TaskMove => {
  if (status === task.status) return { status, rank: task.rank, completion: "keep" };
  const completion = completionChange(columns, task.status, status);
  if (task.projectId === null) return { status, rank: task.rank, completion };
  const others = columnCards.filter((card) => card.id !== task.id).sort(compareRanked);
  return { status, rank: rankForIndex(others, others.length), completion };
};

// Undoing a tick in a list of open tasks: the task goes back to the column and rank it had.
export const putBackOpen = (task: MovingTask): TaskMove => ({
  status: task.status,
  rank: task.rank,
  completion: "reopen",
});
