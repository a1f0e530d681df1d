import { Button, Group, Text } from "@mantine/core";
import { useDebouncedCallback } from "@mantine/hooks";
import { IconPlus } from "@tabler/icons-react";
import { useCallback, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  canWrite,
  filterTasks,
  groupIntoColumns,
  taskFilter,
  type Project,
  type Task,
} from "@pano/domain";
import type { Row } from "@/lib/firebase/subscribe";
import type { PreviewedState } from "@/lib/previewedState";
import { useAssignableMembers } from "@/lookups/hooks/useAssignableMembers";
import { useMemberNames } from "@/lookups/hooks/useMemberNames";
import { useCurrentWorkspace } from "@/session/useCurrentWorkspace";
import { Loaded } from "@/ui/Loaded";
import { SearchInput } from "@/ui/SearchInput";
import { ViewToggle } from "@/ui/ViewToggle";
import { useLinkedTask } from "../hooks/useLinkedTask";
import { useTaskView } from "../hooks/useTaskView";
import { TaskBoard } from "./TaskBoard";
import { TaskDrawer } from "./TaskDrawer";
import { TaskFilterSelects } from "./TaskFilterSelects";
import { TaskTable } from "./TaskTable";

type ProjectTasksProps = {
  project: Project & { id: string };
  // Watched by the page from the start, alongside the project rather than after it; a large
  // project's first tasks show while the rest are read.
  tasks: PreviewedState<Row<Task>[]>;
};

// Kept the same between renders, so the memoized search box renders only for its own keys.
const searchBoxStyle = { flex: "2 1 200px" };

// A project's tasks as a board or a list of the same data, with one set of filters.
export const ProjectTasks = ({ project, tasks }: ProjectTasksProps) => {
  const { t } = useTranslation();
  const { workspaceId, role } = useCurrentWorkspace();
  const { view, setView, filters, setFilters } = useTaskView();
  // An existing task opens from the address (so a notification's link opens it too); a new one
  // starts in the column whose "add" was pressed.
  const linked = useLinkedTask(tasks);
  const [newIn, setNewIn] = useState<string | null>(null);
  const [now] = useState(() => new Date());
  const all = useMemo(() => (tasks.status === "ready" ? tasks.data : []), [tasks]);
  // The search box answers each keystroke by itself (`SearchInput`); the board or list follows
  // with the filtered tasks once typing pauses. The address takes the text only after a longer
  // pause: it changes in a router transition, and a navigation renders the whole page again.
  const [text, setText] = useState(filters.text);
  const writeText = useDebouncedCallback((next: string) => setFilters({ text: next }), 400);
  const search = useCallback(
    (next: string) => {
      setText(next);
      writeText(next);
    },
    [writeText],
  );
  const { assigneeId, priority } = filters;
  const shownFilters = useMemo(
    () => ({ assigneeId, priority, text }),
    [assigneeId, priority, text],
  );
  // The board takes the filtered tasks; the list filters the rows it keeps, so here it only needs
  // to know whether anything matches.
  const shown = useMemo(
    () => (view === "board" ? filterTasks(all, shownFilters) : []),
    [view, all, shownFilters],
  );
  const { complete } = tasks;
  const nothingMatches = useMemo(
    () =>
      complete &&
      all.length > 0 &&
      (view === "board" ? shown.length === 0 : !all.some(taskFilter(shownFilters))),
    [complete, view, all, shown, shownFilters],
  );
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
  const columnTasks = useCallback((status: string) => byColumn[status] ?? [], [byColumn]);
  // Moves and new tasks are ranked against whole columns: they wait for every task.
  const mayWrite = canWrite(role);
  const writable = mayWrite && complete;
  const firstColumn = project.columns[0]?.id ?? "";

  return (
    <>
      <Group justify="space-between" align="flex-end" wrap="wrap" mb="md">
        <Group align="flex-end" wrap="wrap" style={{ flex: 1 }}>
          <SearchInput
            label={t("tasks.search")}
            placeholder={t("tasks.searchPlaceholder")}
            initialValue={filters.text}
            onSearch={search}
            style={searchBoxStyle}
          />
          <TaskFilterSelects
            assignable={assignable}
            assigneeId={filters.assigneeId}
            priority={filters.priority}
            onChange={setFilters}
          />
        </Group>
        <Group gap="xs">
          <ViewToggle value={view} onChange={setView} />
          {mayWrite && (
            <Button
              leftSection={<IconPlus size={16} />}
              disabled={!complete}
              onClick={() => setNewIn(firstColumn)}
            >
              {t("tasks.new")}
            </Button>
          )}
        </Group>
      </Group>
      <Loaded state={tasks}>
        {() => (
          <>
            {nothingMatches && (
              <Text c="dimmed" mb="md">
                {t("tasks.noMatches")}
              </Text>
            )}
            {view === "board" ? (
              <TaskBoard
                workspaceId={workspaceId}
                columns={project.columns}
                tasks={shown}
                complete={complete}
                canWrite={writable}
                assigneeName={assigneeName}
                onOpen={linked.open}
                onAdd={setNewIn}
                now={now}
              />
            ) : (
              <TaskTable
                workspaceId={workspaceId}
                columns={project.columns}
                tasks={all}
                filters={shownFilters}
                complete={complete}
                canWrite={writable}
                members={assignable}
                assigneeName={assigneeName}
                columnTasks={columnTasks}
                onOpen={linked.open}
                now={now}
              />
            )}
          </>
        )}
      </Loaded>
      {linked.task ? (
        <TaskDrawer
          key={linked.task.id}
          projectId={project.id}
          columns={project.columns}
          task={linked.task}
          status={linked.task.status}
          columnTasks={columnTasks}
          defaultCustomerId={project.customerId}
          onClose={linked.close}
        />
      ) : (
        newIn !== null && (
          <TaskDrawer
            key={`new-${newIn}`}
            projectId={project.id}
            columns={project.columns}
            status={newIn}
            columnTasks={columnTasks}
            defaultCustomerId={project.customerId}
            onClose={() => setNewIn(null)}
          />
        )
      )}
    </>
  );
};
