import { Group, Table, Text, UnstyledButton } from "@mantine/core";
import { IconArrowDown, IconArrowUp, IconSelector } from "@tabler/icons-react";
import { flexRender, type Table as TanstackTable } from "@tanstack/react-table";

// Column headers of a TanStack table: sortable ones toggle on click and say their order to
// assistive technology.
export const SortableTableHead = <Row,>({ table }: { table: TanstackTable<Row> }) => (
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
