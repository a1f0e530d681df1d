import { Group, Table, Text, UnstyledButton } from "@mantine/core";
import { IconArrowDown, IconArrowUp, IconSelector } from "@tabler/icons-react";
import { flexRender, type Table as TanstackTable } from "@tanstack/react-table";
import type { CSSProperties } from "react";
import classes from "./sortableTableHead.module.css";

// Column headers of a TanStack table: sortable ones toggle on click and say their order to
// assistive technology. With `sized`, for a fixed-layout table, each header is as wide as its
// column's `size` (TanStack's default 150): the sizes are the columns' shares of the width.
export const SortableTableHead = <Row,>({
  table,
  sized = false,
}: {
  table: TanstackTable<Row>;
  sized?: boolean;
}) => (
  <Table.Thead>
    {table.getHeaderGroups().map((group) => (
      <Table.Tr key={group.id}>
        {group.headers.map((header) => {
          const sorted = header.column.getIsSorted();
          const Icon =
            sorted === "asc" ? IconArrowUp : sorted === "desc" ? IconArrowDown : IconSelector;
          const label = (
            <Text fw={700} size="sm">
              {flexRender(header.column.columnDef.header, header.getContext())}
            </Text>
          );
          return (
            <Table.Th
              key={header.id}
              className={sized ? classes.sized : undefined}
              style={
                sized ? ({ "--column-size": `${header.getSize()}px` } as CSSProperties) : undefined
              }
              aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none"}
            >
              {header.column.getCanSort() ? (
                <UnstyledButton onClick={header.column.getToggleSortingHandler()}>
                  <Group gap={4} wrap="nowrap">
                    {label}
                    <Icon size={14} aria-hidden />
                  </Group>
                </UnstyledButton>
              ) : (
                label
              )}
            </Table.Th>
          );
        })}
      </Table.Tr>
    ))}
  </Table.Thead>
);
