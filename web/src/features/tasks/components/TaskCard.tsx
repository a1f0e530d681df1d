import { Badge, UnstyledButton } from "@mantine/core";
import { IconCalendar, IconUser } from "@tabler/icons-react";
import { memo } from "react";
import { formatDue, isOverdue, type Locale, type Task } from "@pano/domain";
import type { Row } from "@/lib/firebase/subscribe";
import { boardCardClasses as classes } from "@/ui/board";
import { PendingSyncBadge } from "@/ui/PendingSyncBadge";

export const priorityColor: Record<Task["priority"], string> = {
  low: "gray",
  medium: "blue",
  high: "orange",
  urgent: "red",
};

// Translated once by the board for all its cards: a board opens with dozens of cards at once.
export type TaskCardLabels = {
  locale: Locale;
  unassigned: string;
  overdue: string;
  priority: Record<Task["priority"], string>;
};

type TaskCardProps = {
  task: Row<Task>;
  assigneeName: string;
  done: boolean;
  now: Date;
  labels: TaskCardLabels;
  onOpen: (task: Row<Task>) => void;
};

// Memoized: a snapshot keeps the row of every unchanged task, so only the moved card renders again.
export const TaskCard = memo(function TaskCard({
  task,
  assigneeName,
  done,
  now,
  labels,
  onOpen,
}: TaskCardProps) {
  const overdue = !done && isOverdue(task, now);
  return (
    <div
      className={classes.card}
      data-pending={task.pending || undefined}
      data-overdue={overdue || undefined}
    >
      <UnstyledButton onClick={() => onOpen(task)} onKeyDown={(event) => event.stopPropagation()}>
        <span
          className={`${classes.title} ${classes.clamped}`}
          data-done={done || undefined}
          title={task.title}
        >
          {task.title}
        </span>
      </UnstyledButton>
      <PendingSyncBadge pending={task.pending} />
      <div className={classes.line}>
        <span className={classes.group}>
          <IconUser size={14} aria-hidden />
          <span
            className={`${classes.small} ${classes.truncate} ${task.assigneeId ? "" : classes.dimmed}`}
          >
            {task.assigneeId ? assigneeName || "…" : labels.unassigned}
          </span>
        </span>
        <Badge size="xs" variant="light" color={priorityColor[task.priority]}>
          {labels.priority[task.priority]}
        </Badge>
      </div>
      {task.dueAt && (
        <span className={classes.group}>
          <IconCalendar size={14} aria-hidden />
          <span className={`${classes.small} ${overdue ? classes.overdue : classes.dimmed}`}>
            {overdue ? `${labels.overdue} · ` : ""}
            {formatDue(task.dueAt, labels.locale)}
          </span>
        </span>
      )}
    </div>
  );
});
