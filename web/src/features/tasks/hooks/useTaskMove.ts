import {
  completionTarget,
  dropTask,
  putBackOpen,
  sendTaskToColumn,
  todoColumns,
  type BoardColumn,
  type Placement,
  type Ranked,
  type Task,
  type TaskMove,
  type TaskProject,
} from "@pano/domain";
import type { Row } from "@/lib/firebase/subscribe";
import { notifyMoveRejected, type MoveOutcome } from "@/ui/board";
import { lastInColumn, moveTask, updateTask, type TaskChanges } from "../data/tasksData";

// Every way a task changes column: a drop on the board, the status cell of the list, the status
// field of the drawer, and the checkbox of My tasks and of to-do lists. The domain decides the
// status, rank and completion; a refused move is reported here, naming the task, and the live
// views show the task where the server kept it.
export const useTaskMove = (workspaceId: string) => {
  const write = async (task: Row<Task>, move: TaskMove) => {
    try {
      await moveTask(workspaceId, task.id, move);
    } catch (error) {
      notifyMoveRejected(task.title, error);
      throw error;
    }
  };
  // Outside the board nothing waits for the server: the refusal is already reported by write.
  const writeInBackground = (task: Row<Task>, move: TaskMove) => {
    write(task, move).catch(() => undefined);
  };

  const drop = async (
    task: Row<Task>,
    columns: BoardColumn[],
    placement: Placement,
  ): Promise<MoveOutcome> => {
    await write(task, dropTask(columns, task, placement));
    return "moved";
  };

  // The list's status cell: the project's tasks are at hand, so the task goes after the last one.
  const sendTo = (
    task: Row<Task>,
    columns: BoardColumn[],
    status: string,
    columnCards: Ranked[],
  ) => {
    if (status !== task.status)
      writeInBackground(task, sendTaskToColumn(columns, task, status, columnCards));
  };

  // A checkbox: a to-do flips between its two statuses; a project task goes to its project's done
  // column, or back to its first open one, after the last card there. My tasks and to-do lists
  // have not loaded that column, so one read fetches its last card (ranking after the task's own
  // rank instead would drop it amid the column). Resolves to whether the move was written, once
  // it is in the local queue, so an Undo offered after it is written after it too.
  const tick = async (task: Row<Task>, project: TaskProject | undefined, done: boolean) => {
    const target = completionTarget(task, project, done);
    if (!target) return false;
    let move: TaskMove;
    try {
      const columnCards =
        task.projectId === null
          ? []
          : await lastInColumn(workspaceId, task.projectId, target.status);
      move = sendTaskToColumn(project?.columns ?? todoColumns, task, target.status, columnCards);
    } catch (error) {
      notifyMoveRejected(task.title, error);
      return false;
    }
    writeInBackground(task, move);
    return true;
  };

  // Undoing a tick in My tasks, which lists only open tasks: back to the column and rank it had.
  const putBack = (task: Row<Task>) => writeInBackground(task, putBackOpen(task));

  // The drawer saves its edits and any change of status in one write; the form reports a refusal
  // itself, keeping what was typed.
  const saveWithMove = (
    task: Row<Task>,
    changes: TaskChanges,
    columns: BoardColumn[],
    status: string,
    columnCards: Ranked[],
  ) =>
    updateTask(
      workspaceId,
      task.id,
      changes,
      status === task.status ? undefined : sendTaskToColumn(columns, task, status, columnCards),
    );

  return { drop, sendTo, tick, putBack, saveWithMove };
};
