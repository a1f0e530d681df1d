import { Table, Text } from "@mantine/core";
import {
  createColumnHelper,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type Row as TanstackRow,
  type SortingState,
} from "@tanstack/react-table";
import { memo, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  compareTurkish,
  formatDue,
  isOverdue,
  taskFilter,
  taskPriorities,
  type BoardColumn,
  type Ranked,
  type Task,
  type TaskFilters,
} from "@pano/domain";
import type { Row } from "@/lib/firebase/subscribe";
import { useLocale } from "@/lib/i18n";
import { LoadingRest } from "@/ui/LoadingRest";
import { PlainButton } from "@/ui/PlainButton";
import { SortableTableHead } from "@/ui/SortableTableHead";
import { TableBodyRow } from "@/ui/TableBodyRow";
import wideList from "@/ui/wideList.module.css";
import { SpacerRow } from "@/ui/virtual/SpacerRow";
import { useStableList } from "@/ui/virtual/useStableList";
import { useWindowRows } from "@/ui/virtual/useWindowRows";
import { notifyError } from "@/lib/notify";
import { updateTask } from "../data/tasksData";
import { useTaskMove } from "../hooks/useTaskMove";
import { DateTimeCell, SelectCell } from "./EditableCell";
import cellClasses from "./taskCells.module.css";

type TaskTableProps = {
  workspaceId: string;
  columns: BoardColumn[];
  // Every task of the project, and the filters that pick the rows shown: the table keeps its row
  // model for the tasks, so a keystroke in the search only filters rows it already has.
  tasks: Row<Task>[];
  // False while the tasks are a preview of each column's first ones.
  complete: boolean;
  filters: TaskFilters;
  canWrite: boolean;
  members: { value: string; label: string }[];
  assigneeName: (uid: string | null) => string;
  columnTasks: (status: string) => Ranked[];
  onOpen: (task: Row<Task>) => void;
  now: Date;
};

const column = createColumnHelper<Row<Task>>();

// A row of the list: a column's heading with its count, or a task.
type Entry =
  { key: string; group: BoardColumn; count: number } | { key: string; row: TanstackRow<Row<Task>> };

// Entries built again by a keystroke that kept every row (typing "gö" after "g") are the same.
const sameEntry = (left: Entry, right: Entry) =>
  left.key === right.key &&
  ("row" in left
    ? "row" in right && left.row === right.row
    : !("row" in right) && left.group === right.group && left.count === right.count);

const priorityOrder = (priority: Task["priority"]) => taskPriorities.indexOf(priority);

// The same tasks as the board, grouped by column, sortable, each field edited in place with one
// write. Only the rows on and near the screen are rendered (a column's heading is a row too);
// memoized so typing in the filters above renders the rows only once the filtered list changes.
export const TaskTable = memo(function TaskTable({
  workspaceId,
  columns,
  tasks,
  complete,
  filters,
  canWrite,
  members,
  assigneeName,
  columnTasks,
  onOpen,
  now,
}: TaskTableProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [sorting, setSorting] = useState<SortingState>([]);
  const save = (task: Row<Task>, changes: Parameters<typeof updateTask>[2]) =>
    updateTask(workspaceId, task.id, changes).catch(notifyError);
  const moves = useTaskMove(workspaceId);
  // The status cell is made once with the column definitions; it must rank against the column as
  // it is when the status changes, or two tasks sent there one after the other would tie.
  const currentColumnTasks = useRef(columnTasks);
  useEffect(() => {
    currentColumnTasks.current = columnTasks;
  });
  const moveTo = (task: Row<Task>, status: string | null) => {
    if (status) moves.sendTo(task, columns, status, currentColumnTasks.current(status));
  };

  const tableColumns = useMemo(() => {
    // Built once for every row's editors, not per row.
    const statusOptions = columns.map((item) => ({ value: item.id, label: item.name }));
    const priorityOptions = taskPriorities.map((priority) => ({
      value: priority,
      label: t(`tasks.priorities.${priority}`),
    }));
    return [
      column.accessor("title", {
        header: t("tasks.title"),
        size: 340,
        sortingFn: (a, b) => compareTurkish(a.original.title, b.original.title),
        cell: (info) => (
          <PlainButton onClick={() => onOpen(info.row.original)}>
            <span className={`${cellClasses.text} ${cellClasses.title}`}>{info.getValue()}</span>
          </PlainButton>
        ),
      }),
      column.accessor("status", {
        header: t("tasks.status"),
        size: 170,
        enableSorting: false,
        cell: (info) => (
          <SelectCell
            label={t("tasks.statusOf", { title: info.row.original.title })}
            options={statusOptions}
            value={info.getValue()}
            disabled={!canWrite}
            onChange={(status) => moveTo(info.row.original, status)}
          />
        ),
      }),
      column.accessor((task) => assigneeName(task.assigneeId), {
        id: "assignee",
        header: t("tasks.assignee"),
        size: 190,
        sortingFn: (a, b) =>
          compareTurkish(assigneeName(a.original.assigneeId), assigneeName(b.original.assigneeId)),
        cell: (info) => (
          <SelectCell
            label={t("tasks.assigneeOf", { title: info.row.original.title })}
            options={members}
            value={info.row.original.assigneeId}
            valueLabel={info.getValue()}
            placeholder={t("tasks.unassigned")}
            clearable
            disabled={!canWrite}
            onChange={(assigneeId) => void save(info.row.original, { assigneeId })}
          />
        ),
      }),
      column.accessor((task) => task.dueAt?.getTime() ?? null, {
        id: "dueAt",
        header: t("tasks.dueAt"),
        size: 190,
        sortUndefined: "last",
        cell: (info) => {
          const task = info.row.original;
          return (
            <DateTimeCell
              label={t("tasks.dueAtOf", { title: task.title })}
              text={task.dueAt ? formatDue(task.dueAt, locale) : ""}
              value={task.dueAt}
              overdue={isOverdue(task, now)}
              disabled={!canWrite}
              onCommit={(dueAt) => void save(task, { dueAt })}
            />
          );
        },
      }),
      column.accessor("priority", {
        header: t("tasks.priority"),
        size: 140,
        sortingFn: (a, b) =>
          priorityOrder(a.original.priority) - priorityOrder(b.original.priority),
        cell: (info) => (
          <SelectCell
            label={t("tasks.priorityOf", { title: info.row.original.title })}
            options={priorityOptions}
            value={info.getValue()}
            disabled={!canWrite}
            onChange={(priority) => {
              const next = taskPriorities.find((item) => item === priority);
              if (next) void save(info.row.original, { priority: next });
            }}
          />
        ),
      }),
    ];
    // Labels, editors and lookups follow the language and the live data.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [t, locale, columns, members, canWrite, assigneeName, now]);

  const table = useReactTable({
    data: tasks,
    columns: tableColumns,
    state: { sorting },
    onSortingChange: setSorting,
    sortDescFirst: false,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: (task) => task.id,
  });
  const rows = table.getRowModel().rows;
  // Grouped once per change of the rows (in their sorted order), so a keystroke filters each
  // column's rows rather than every row once per column.
  const rowsByColumn = useMemo(() => {
    const byColumn = new Map<string, typeof rows>();
    for (const row of rows) {
      const column = byColumn.get(row.original.status);
      if (column) column.push(row);
      else byColumn.set(row.original.status, [row]);
    }
    return byColumn;
  }, [rows]);
  const { assigneeId, priority, text } = filters;
  const filtered = useMemo(() => {
    const shown = taskFilter({ assigneeId, priority, text });
    return columns.flatMap((group): Entry[] => {
      const groupRows = (rowsByColumn.get(group.id) ?? []).filter((row) => shown(row.original));
      return [
        { key: `group:${group.id}`, group, count: groupRows.length },
        ...groupRows.map((row) => ({ key: row.id, row })),
      ];
    });
  }, [columns, rowsByColumn, assigneeId, priority, text]);
  const entries = useStableList(filtered, sameEntry);
  const keyOf = useCallback((index: number) => entries[index]?.key ?? String(index), [entries]);
  const {
    listRef,
    rows: shownRows,
    spaceBefore,
    spaceAfter,
    measureRow,
  } = useWindowRows<HTMLTableSectionElement>(entries.length, 53, keyOf);

  return (
    // The browser's own sideways scroll: Mantine's scroll area measures its content again each
    // time a keystroke in the filters changes the rows.
    <Table.ScrollContainer minWidth={860} type="native">
      {/* Fixed layout: the widths come from the header, so a keystroke that changes the rows
          lays out only those rows, and the columns stay put while the list scrolls. */}
      <Table
        verticalSpacing="xs"
        className={wideList.table}
        style={{ tableLayout: "fixed" }}
        aria-label={t("tasks.listLabel")}
        aria-rowcount={entries.length + 1}
      >
        <SortableTableHead table={table} sized />
        <Table.Tbody ref={listRef}>
          <SpacerRow height={spaceBefore} columns={tableColumns.length} />
          {shownRows.map(({ index }) => {
            const entry = entries[index];
            if (!entry) return null;
            const position = { ref: measureRow, "data-index": index, "aria-rowindex": index + 2 };
            return "row" in entry ? (
              <TableBodyRow
                key={entry.key}
                row={entry.row}
                cells={entry.row.getVisibleCells()}
                highlightOnHover
                data-task-row
                {...position}
              />
            ) : (
              <Table.Tr key={entry.key} bg="var(--mantine-color-default-hover)" {...position}>
                <Table.Th colSpan={tableColumns.length} scope="colgroup">
                  <Text fw={700} size="sm" className={wideList.groupHeading}>
                    {complete ? `${entry.group.name} · ${entry.count}` : entry.group.name}
                  </Text>
                </Table.Th>
              </Table.Tr>
            );
          })}
          <SpacerRow height={spaceAfter} columns={tableColumns.length} />
          {!complete && (
            <tr>
              <td colSpan={tableColumns.length}>
                <LoadingRest label={t("tasks.loadingRest")} />
              </td>
            </tr>
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
});
