import { Anchor, Checkbox, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import {
  formatDue,
  groupMyTasks,
  myTaskGroups,
  type MyTaskGroup,
  type Task,
  type TaskProject,
} from "@pano/domain";
import type { Row } from "@/lib/firebase/subscribe";
import { useLocale } from "@/lib/i18n";
import { routes } from "@/lib/routes";
import { useSignedInUser } from "@/session/useAuth";
import { useCurrentWorkspace } from "@/session/useCurrentWorkspace";
import { Loaded } from "@/ui/Loaded";
import { PageHeader } from "@/ui/PageHeader";
import { WindowRows } from "@/ui/virtual/WindowRows";
import { useMyOpenTasks } from "../hooks/useTasks";
import { useTaskMove } from "../hooks/useTaskMove";
import { notifyTaskCompleted } from "../utils/notifyTaskCompleted";

type MyTaskListProps = {
  projectOf: (projectId: string) => TaskProject | undefined;
  customerName: (customerId: string) => string;
};

const groupColor: Partial<Record<MyTaskGroup, string>> = { overdue: "red", today: "orange" };

// Every open task assigned to me, across projects and customers, by when it is due; one click
// completes a task (a project task moves to its project's done column), and the toast that
// follows can undo it.
export const MyTaskList = ({ projectOf, customerName }: MyTaskListProps) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const user = useSignedInUser();
  const { workspaceId } = useCurrentWorkspace();
  const tasks = useMyOpenTasks(workspaceId, user.uid);
  const [now] = useState(() => new Date());
  const groups = groupMyTasks(tasks.status === "ready" ? tasks.data : [], now);

  const moves = useTaskMove(workspaceId);

  // A project task can be completed once its project (and so its done column) has loaded; until
  // then its box is disabled rather than ignoring the click.
  const projectOfTask = (task: Row<Task>) =>
    task.projectId ? projectOf(task.projectId) : undefined;
  const completable = (task: Row<Task>) => task.projectId === null || !!projectOfTask(task);
  const complete = async (task: Row<Task>) => {
    if (await moves.tick(task, projectOfTask(task), true))
      notifyTaskCompleted(task.id, task.title, () => moves.putBack(task));
  };

  return (
    <>
      <PageHeader title={t("nav.myTasks")} />
      <Loaded state={tasks}>
        {(open) =>
          open.length === 0 && (
            <Paper withBorder p="xl" radius="md">
              <Text c="dimmed" ta="center">
                {t("myTasks.empty")}
              </Text>
            </Paper>
          )
        }
      </Loaded>
      <Stack>
        {myTaskGroups
          .filter((group) => groups[group].length > 0)
          .map((group) => (
            <Paper
              key={group}
              withBorder
              p="md"
              radius="md"
              component="section"
              aria-label={t(`myTasks.groups.${group}`)}
            >
              <Title order={2} size="h5" mb="sm" c={groupColor[group]}>
                {t(`myTasks.groups.${group}`)} · {groups[group].length}
              </Title>
              <WindowRows
                count={groups[group].length}
                estimatedHeight={48}
                gap={10}
                keyOf={(index) => groups[group][index]?.id ?? String(index)}
                renderRow={(index) => {
                  const task = groups[group][index];
                  return task ? (
                    <Group justify="space-between" wrap="nowrap">
                      <Checkbox
                        checked={false}
                        disabled={!completable(task)}
                        onChange={() => void complete(task)}
                        aria-label={t("myTasks.complete", { title: task.title })}
                        label={
                          <Stack gap={0}>
                            <Text size="sm" fw={500}>
                              {task.title}
                            </Text>
                            <Group gap={6}>
                              {task.projectId && (
                                <Anchor
                                  component={Link}
                                  to={routes.project(workspaceId, task.projectId)}
                                  size="xs"
                                >
                                  {projectOf(task.projectId)?.name || "…"}
                                </Anchor>
                              )}
                              {!task.projectId && task.customerId && (
                                <Anchor
                                  component={Link}
                                  to={routes.customer(workspaceId, task.customerId)}
                                  size="xs"
                                >
                                  {customerName(task.customerId) || "…"}
                                </Anchor>
                              )}
                            </Group>
                          </Stack>
                        }
                      />
                      {task.dueAt && (
                        <Text
                          size="xs"
                          c={group === "overdue" ? "red" : "dimmed"}
                          style={{ whiteSpace: "nowrap" }}
                        >
                          {formatDue(task.dueAt, locale)}
                        </Text>
                      )}
                    </Group>
                  ) : null;
                }}
              />
            </Paper>
          ))}
      </Stack>
    </>
  );
};
