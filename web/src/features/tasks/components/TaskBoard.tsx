import { memo, useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { BoardColumn, Task } from "@pano/domain";
import type { Row } from "@/lib/firebase/subscribe";
import { useLocale } from "@/lib/i18n";
import { BoardColumnHeader, boardCards, SortableBoard } from "@/ui/board";
import { LoadingRest } from "@/ui/LoadingRest";
import { useTaskMove } from "../hooks/useTaskMove";
import { TaskCard, type TaskCardLabels } from "./TaskCard";

type TaskBoardProps = {
  workspaceId: string;
  columns: BoardColumn[];
  tasks: Row<Task>[];
  // False while the tasks are a preview of each column's first ones.
  complete: boolean;
  canWrite: boolean;
  assigneeName: (uid: string | null) => string;
  onOpen: (task: Row<Task>) => void;
  onAdd: (status: string) => void;
  now: Date;
};

// The project's tasks on the same sortable board the pipeline uses: one write per move. Memoized
// so typing in the filters above renders the cards only once the filtered tasks change.
export const TaskBoard = memo(function TaskBoard({
  workspaceId,
  columns,
  tasks,
  complete,
  canWrite,
  assigneeName,
  onOpen,
  onAdd,
  now,
}: TaskBoardProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const labels = useMemo<TaskCardLabels>(
    () => ({
      locale,
      unassigned: t("tasks.unassigned"),
      overdue: t("tasks.overdue"),
      priority: {
        low: t("tasks.priorities.low"),
        medium: t("tasks.priorities.medium"),
        high: t("tasks.priorities.high"),
        urgent: t("tasks.priorities.urgent"),
      },
    }),
    [t, locale],
  );
  const cards = useMemo(() => boardCards(tasks, (task) => task.status), [tasks]);
  const done = new Set(
    columns.filter((column) => column.kind === "done").map((column) => column.id),
  );

  const moves = useTaskMove(workspaceId);

  return (
    <SortableBoard
      columns={columns}
      cards={cards}
      disabled={!canWrite}
      cardLabel={(task) => [task.title, assigneeName(task.assigneeId)].filter(Boolean).join(", ")}
      onMove={(task, placement) => moves.drop(task, columns, placement)}
      renderHeader={(column, columnTasks) => (
        <BoardColumnHeader
          name={column.name}
          count={complete ? columnTasks.length : null}
          countLabel={t("tasks.count", { count: columnTasks.length })}
          color={done.has(column.id) ? "teal" : "gray"}
          addLabel={canWrite ? t("tasks.addToColumn", { column: column.name }) : null}
          onAdd={() => onAdd(column.id)}
        />
      )}
      renderFooter={complete ? undefined : () => <LoadingRest label={t("tasks.loadingRest")} />}
      renderCard={(task) => (
        <TaskCard
          task={task}
          assigneeName={assigneeName(task.assigneeId)}
          done={done.has(task.status)}
          now={now}
          labels={labels}
          onOpen={onOpen}
        />
      )}
    />
  );
});
