import { Badge, Group, Paper, Stack, Text, UnstyledButton } from "@mantine/core";
import { IconCalendar, IconUser } from "@tabler/icons-react";
import { memo } from "react";
import { useTranslation } from "react-i18next";
import { formatDateTime, isOverdue, type Task } from "@pano/domain";
import type { Row } from "@/lib/firebase/subscribe";
import { useLocale } from "@/lib/i18n";
import { PendingSyncBadge } from "@/ui/PendingSyncBadge";

export const priorityColor: Record<Task["priority"], string> = {
  low: "gray",
  medium: "blue",
  high: "orange",
  urgent: "red",
};

type TaskCardProps = {
  task: Row<Task>;
  assigneeName: string;
  done: boolean;
  now: Date;
  onOpen: (task: Row<Task>) => void;
};

// Memoized: a snapshot keeps the row of every unchanged task, so only the moved card renders again.
export const TaskCard = memo(function TaskCard({
  task,
  assigneeName,
  done,
  now,
  onOpen,
}: TaskCardProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const overdue = !done && isOverdue(task, now);
  return (
    <Paper
      withBorder
      radius="sm"
      p="xs"
      shadow="xs"
      style={{
        opacity: task.pending ? 0.75 : 1,
        borderLeft: overdue ? "3px solid var(--mantine-color-red-6)" : undefined,
      }}
    >
      <Stack gap={4}>
        <UnstyledButton onClick={() => onOpen(task)} onKeyDown={(event) => event.stopPropagation()}>
          <Text fw={600} size="sm" td={done ? "line-through" : undefined}>
            {task.title}
          </Text>
        </UnstyledButton>
        <PendingSyncBadge pending={task.pending} />
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Group gap={4} wrap="nowrap" style={{ minWidth: 0 }}>
            <IconUser size={14} aria-hidden />
            <Text size="xs" truncate c={assigneeName ? undefined : "dimmed"}>
              {assigneeName || t("tasks.unassigned")}
            </Text>
          </Group>
          <Badge size="xs" variant="light" color={priorityColor[task.priority]}>
            {t(`tasks.priorities.${task.priority}`)}
          </Badge>
        </Group>
        {task.dueAt && (
          <Group gap={4} wrap="nowrap">
            <IconCalendar size={14} aria-hidden />
            <Text size="xs" c={overdue ? "red" : "dimmed"} fw={overdue ? 700 : undefined}>
              {overdue ? `${t("tasks.overdue")} · ` : ""}
              {formatDateTime(task.dueAt, locale)}
            </Text>
          </Group>
        )}
      </Stack>
    </Paper>
  );
});
