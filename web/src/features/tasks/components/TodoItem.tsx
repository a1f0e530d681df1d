import { ActionIcon, Anchor, Checkbox, Group, Text } from "@mantine/core";
import { IconTrash } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDue, isOverdue, type Task, type TaskProject } from "@pano/domain";
import type { Row } from "@/lib/firebase/subscribe";
import { useLocale } from "@/lib/i18n";
import { notifyError } from "@/lib/notify";
import { routes } from "@/lib/routes";
import { deleteTask } from "../data/tasksData";
import { useTaskMove } from "../hooks/useTaskMove";

type TodoItemProps = {
  workspaceId: string;
  task: Row<Task>;
  done: boolean;
  project: TaskProject | undefined;
  assigneeName: string;
  now: Date;
  writable: boolean;
  mayDelete: boolean;
  // The address asked for this task (a notification's link): shown in view and marked.
  linked: boolean;
};

// One line of a to-do list: tick to complete (a project task moves to its project's done
// column, as on its board), when it is due, who does it, and the project it belongs to.
export const TodoItem = ({
  workspaceId,
  task,
  done,
  project,
  assigneeName,
  now,
  writable,
  mayDelete,
  linked,
}: TodoItemProps) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const overdue = !done && isOverdue(task, now);
  const moves = useTaskMove(workspaceId);
  const details = [
    task.dueAt && (overdue ? t("tasks.overdue") + " · " : "") + formatDue(task.dueAt, locale),
    assigneeName,
  ].filter(Boolean);

  return (
    <Group
      justify="space-between"
      wrap="nowrap"
      gap="xs"
      align="flex-start"
      aria-current={linked || undefined}
      ref={linked ? (node) => node?.scrollIntoView({ block: "center" }) : undefined}
      bg={linked ? "var(--mantine-primary-color-light)" : undefined}
      // Padded and pulled back by as much, so a marked row's colour has room around its text
      // while every row stays aligned with the form below.
      px={6}
      py={2}
      mx={-6}
      style={{ borderRadius: "var(--mantine-radius-sm)" }}
    >
      <Checkbox
        checked={done}
        disabled={!writable || (task.projectId !== null && !project)}
        onChange={(event) => void moves.tick(task, project, event.currentTarget.checked)}
        label={
          <Text size="sm" td={done ? "line-through" : undefined}>
            {task.title}
          </Text>
        }
        description={
          (details.length > 0 || task.projectId) && (
            <Text
              component="span"
              size="xs"
              c={overdue ? "red" : "dimmed"}
              fw={overdue ? 600 : undefined}
            >
              {details.join(" · ")}
              {task.projectId && (
                <>
                  {details.length > 0 && " · "}
                  <Anchor
                    component={Link}
                    to={routes.project(workspaceId, task.projectId)}
                    size="xs"
                  >
                    {project?.name || "…"}
                  </Anchor>
                </>
              )}
            </Text>
          )
        }
      />
      {mayDelete && (
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={t("tasks.delete", { title: task.title })}
          onClick={() => deleteTask(workspaceId, task.id).catch(notifyError)}
        >
          <IconTrash size={14} />
        </ActionIcon>
      )}
    </Group>
  );
};
