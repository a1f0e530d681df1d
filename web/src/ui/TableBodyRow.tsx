import { Table, type TableTrProps } from "@mantine/core";
import type { Cell, Row } from "@tanstack/react-table";
import { memo, type ReactNode, type Ref } from "react";

type TableBodyRowProps<Data extends { pending: boolean }> = TableTrProps & {
  row: Row<Data>;
  // `row.getVisibleCells()`: the same array until the columns change, so a row renders again
  // when its data, its columns or its place change, and not when only the rows around it do
  // (a keystroke in a filter above a long list).
  cells: Cell<Data, unknown>[];
  ref?: Ref<HTMLTableRowElement>;
};

// A cell's content from its column's template, called rather than mounted (TanStack's
// flexRender mounts a function as a component): new column definitions, as a live update of the
// project or the members makes, then render the cell again instead of replacing it, so an editor
// open in it keeps its state. Templates use no hooks.
const cellContent = <Data,>(cell: Cell<Data, unknown>): ReactNode => {
  const template = cell.column.columnDef.cell;
  return typeof template === "function" ? (template(cell.getContext()) as ReactNode) : template;
};

// One row of a TanStack table; a row whose write has not reached the server yet shows faded.
const BodyRow = <Data extends { pending: boolean }>({
  row,
  cells,
  ...props
}: TableBodyRowProps<Data>) => (
  <Table.Tr {...props} style={{ opacity: row.original.pending ? 0.6 : 1 }}>
    {cells.map((cell) => (
      <Table.Td key={cell.id}>{cellContent(cell)}</Table.Td>
    ))}
  </Table.Tr>
);

export const TableBodyRow = memo(BodyRow) as typeof BodyRow;
