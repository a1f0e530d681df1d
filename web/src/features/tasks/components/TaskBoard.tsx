import { ActionIcon, Badge, Group, Text, Tooltip } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { completionChange, type BoardColumn, type Placement, type Task } from "@pano/domain";
import { notifyMoveRejected, SortableBoard, type MoveOutcome } from "@/features/board";
import type { Row } from "@/lib/firebase/subscribe";
import { moveTask } from "../data/tasksData";
import { TaskCard } from "./TaskCard";

type TaskBoardProps = {
  workspaceId: string;
  columns: BoardColumn[];
  tasks: Row<Task>[];
  canWrite: boolean;
  assigneeName: (uid: string | null) => string;
  onOpen: (task: Row<Task>) => void;
  onAdd: (status: string) => void;
  now: Date;
};

// The project's tasks on the same sortable board the pipeline uses: one write per move.
export const TaskBoard = ({
  workspaceId,
  columns,
  tasks,
  canWrite,
  assigneeName,
  onOpen,
  onAdd,
  now,
}: TaskBoardProps) => {
  const { t } = useTranslation();
  const cards = useMemo(() => tasks.map((task) => ({ ...task, column: task.status })), [tasks]);
  const done = new Set(
    columns.filter((column) => column.kind === "done").map((column) => column.id),
  );

  const handleMove = async (task: Row<Task>, placement: Placement): Promise<MoveOutcome> => {
    try {
      await moveTask(workspaceId, task.id, {
        status: placement.column,
        rank: placement.rank,
        completion: completionChange(columns, task.status, placement.column),
      });
      return "moved";
    } catch (error) {
      notifyMoveRejected(task.title, error);
      throw error;
    }
  };

  return (
    <SortableBoard
      columns={columns}
      cards={cards}
      disabled={!canWrite}
      cardLabel={(task) => [task.title, assigneeName(task.assigneeId)].filter(Boolean).join(", ")}
      onMove={handleMove}
      renderHeader={(column, columnTasks) => (
        <Group justify="space-between" wrap="nowrap" mb="xs" px={4}>
          <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
            <Text fw={700} size="sm" truncate>
              {column.name}
            </Text>
            <Badge
              size="sm"
              variant="light"
              color={done.has(column.id) ? "teal" : "gray"}
              aria-label={t("tasks.count", { count: columnTasks.length })}
            >
              {columnTasks.length}
            </Badge>
          </Group>
          {canWrite && (
            <Tooltip label={t("tasks.addToColumn", { column: column.name })}>
              <ActionIcon
                variant="subtle"
                size="sm"
                aria-label={t("tasks.addToColumn", { column: column.name })}
                onClick={() => onAdd(column.id)}
              >
                <IconPlus size={16} />
              </ActionIcon>
            </Tooltip>
          )}
        </Group>
      )}
      renderCard={(task) => (
        <TaskCard
          task={task}
          assigneeName={assigneeName(task.assigneeId)}
          done={done.has(task.status)}
          now={now}
          onOpen={() => onOpen(task)}
        />
      )}
    />
  );
};
