import { Table, type TableTrProps } from "@mantine/core";
import { flexRender, type Cell, type Row } from "@tanstack/react-table";
import { memo, type Ref } from "react";

type TableBodyRowProps<Data extends { pending: boolean }> = TableTrProps & {
  row: Row<Data>;
  // `row.getVisibleCells()`: the same array until the columns change, so a row renders again
  // when its data, its columns or its place change, and not when only the rows around it do
  // (a keystroke in a filter above a long list).
  cells: Cell<Data, unknown>[];
  ref?: Ref<HTMLTableRowElement>;
};

// One row of a TanStack table; a row whose write has not reached the server yet shows faded.
const BodyRow = <Data extends { pending: boolean }>({
  row,
  cells,
  ...props
}: TableBodyRowProps<Data>) => (
  <Table.Tr {...props} style={{ opacity: row.original.pending ? 0.6 : 1 }}>
    {cells.map((cell) => (
      <Table.Td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</Table.Td>
    ))}
  </Table.Tr>
);

export const TableBodyRow = memo(BodyRow) as typeof BodyRow;
