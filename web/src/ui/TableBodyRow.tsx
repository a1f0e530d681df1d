import { Table, type TableTrProps } from "@mantine/core";
import { flexRender, type Row } from "@tanstack/react-table";
import type { Ref } from "react";

type TableBodyRowProps<Data extends { pending: boolean }> = TableTrProps & {
  row: Row<Data>;
  ref?: Ref<HTMLTableRowElement>;
};

// One row of a TanStack table; a row whose write has not reached the server yet shows faded.
export const TableBodyRow = <Data extends { pending: boolean }>({
  row,
  ...props
}: TableBodyRowProps<Data>) => (
  <Table.Tr {...props} style={{ opacity: row.original.pending ? 0.6 : 1 }}>
    {row.getVisibleCells().map((cell) => (
      <Table.Td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</Table.Td>
    ))}
  </Table.Tr>
);
