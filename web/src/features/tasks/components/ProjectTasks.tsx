import { Button, Group, Select, Text, TextInput } from "@mantine/core";
import { IconPlus, IconSearch } from "@tabler/icons-react";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  canWrite,
  filterTasks,
  groupIntoColumns,
  taskPriorities,
  type Project,
  type Task,
} from "@pano/domain";
import type { Row } from "@/lib/firebase/subscribe";
import { useAssignableMembers } from "@/lookups/hooks/useAssignableMembers";
import { useMemberNames } from "@/lookups/hooks/useMemberNames";
import { useCurrentWorkspace } from "@/session/useCurrentWorkspace";
import { Loaded } from "@/ui/Loaded";
import { ViewToggle } from "@/ui/ViewToggle";
import { useProjectTasks } from "../hooks/useTasks";
import { useTaskView } from "../hooks/useTaskView";
import { TaskBoard } from "./TaskBoard";
import { TaskDrawer } from "./TaskDrawer";
import { TaskTable } from "./TaskTable";

type Drawer = { task?: Row<Task>; status: string } | null;

// A project's tasks as a board or a list of the same data, with one set of filters.
export const ProjectTasks = ({ project }: { project: Project & { id: string } }) => {
  const { t } = useTranslation();
  const { workspaceId, role } = useCurrentWorkspace();
  const tasks = useProjectTasks(workspaceId, project.id);
  const { view, setView, filters, setFilters } = useTaskView();
  const [drawer, setDrawer] = useState<Drawer>(null);
  const [now] = useState(() => new Date());
  const all = useMemo(() => (tasks.status === "ready" ? tasks.data : []), [tasks]);
  const shown = useMemo(() => filterTasks(all, filters), [all, filters]);
  const assigneeName = useMemberNames(workspaceId);
  const assignable = useAssignableMembers(workspaceId);
  const byColumn = useMemo(
    () =>
      groupIntoColumns(
        all.map((task) => ({ ...task, column: task.status })),
        project.columnIds,
      ),
    [all, project.columnIds],
  );
  const columnTasks = (status: string) => byColumn[status] ?? [];
  const writable = canWrite(role);
  const firstColumn = project.columns[0]?.id ?? "";

  return (
    <>
      <Group justify="space-between" align="flex-end" wrap="wrap" mb="md">
        <Group align="flex-end" wrap="wrap" style={{ flex: 1 }}>
          <TextInput
            label={t("tasks.search")}
            placeholder={t("tasks.searchPlaceholder")}
            leftSection={<IconSearch size={16} />}
            value={filters.text}
            onChange={(event) => setFilters({ ...filters, text: event.currentTarget.value })}
            style={{ flex: "2 1 200px" }}
          />
          <Select
            label={t("tasks.assignee")}
            placeholder={t("customers.anyOwner")}
            data={assignable}
            value={filters.assigneeId}
            onChange={(assigneeId) => setFilters({ ...filters, assigneeId })}
            clearable
            style={{ flex: "1 1 160px" }}
          />
          <Select
            label={t("tasks.priority")}
            placeholder={t("tasks.anyPriority")}
            data={taskPriorities.map((priority) => ({
              value: priority,
              label: t(`tasks.priorities.${priority}`),
            }))}
            value={filters.priority}
            onChange={(priority) =>
              setFilters({
                ...filters,
                priority: taskPriorities.find((item) => item === priority) ?? null,
              })
            }
            clearable
            style={{ flex: "1 1 140px" }}
          />
        </Group>
        <Group gap="xs">
          <ViewToggle value={view} onChange={setView} />
          {writable && (
            <Button
              leftSection={<IconPlus size={16} />}
              onClick={() => setDrawer({ status: firstColumn })}
            >
              {t("tasks.new")}
            </Button>
          )}
        </Group>
      </Group>
      <Loaded state={tasks}>
        {() => (
          <>
            {all.length > 0 && shown.length === 0 && (
              <Text c="dimmed" mb="md">
                {t("tasks.noMatches")}
              </Text>
            )}
            {view === "board" ? (
              <TaskBoard
                workspaceId={workspaceId}
                columns={project.columns}
                tasks={shown}
                canWrite={writable}
                assigneeName={assigneeName}
                onOpen={(task) => setDrawer({ task, status: task.status })}
                onAdd={(status) => setDrawer({ status })}
                now={now}
              />
            ) : (
              <TaskTable
                workspaceId={workspaceId}
                columns={project.columns}
                tasks={shown}
                canWrite={writable}
                members={assignable}
                assigneeName={assigneeName}
                columnTasks={columnTasks}
                onOpen={(task) => setDrawer({ task, status: task.status })}
                now={now}
              />
            )}
          </>
        )}
      </Loaded>
      {drawer && (
        <TaskDrawer
          key={drawer.task?.id ?? `new-${drawer.status}`}
          projectId={project.id}
          columns={project.columns}
          task={drawer.task}
          status={drawer.status}
          columnTasks={columnTasks}
          defaultCustomerId={project.customerId}
          onClose={() => setDrawer(null)}
        />
      )}
    </>
  );
};
