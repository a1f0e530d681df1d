import { Table } from "@mantine/core";
import type { Cell, Row } from "@tanstack/react-table";
import { memo, type ComponentPropsWithRef, type ReactNode } from "react";

type TableBodyRowProps<Data extends { pending: boolean }> = ComponentPropsWithRef<"tr"> & {
  row: Row<Data>;
  // `row.getVisibleCells()`: the same array until the columns change, so a row renders again
  // when its data, its columns or its place change, and not when only the rows around it do
  // (a keystroke in a filter above a long list).
  cells: Cell<Data, unknown>[];
  // As the table's own `highlightOnHover`, which Mantine's Table.Tr would read from the table.
  highlightOnHover?: boolean;
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
// Plain elements with the classes Mantine's Table.Tr and Table.Td give them (with the table's
// default row borders): a long list mounts a screenful of rows at a time, and each Mantine
// component costs its theme and style props per use.
const BodyRow = <Data extends { pending: boolean }>({
  row,
  cells,
  highlightOnHover = false,
  ...props
}: TableBodyRowProps<Data>) => (
  <tr
    {...props}
    className={Table.classes.tr}
    data-with-row-border
    data-hover={highlightOnHover || undefined}
    style={{ opacity: row.original.pending ? 0.6 : 1 }}
  >
    {cells.map((cell) => (
      <td key={cell.id} className={Table.classes.td}>
        {cellContent(cell)}
      </td>
    ))}
  </tr>
);

export const TableBodyRow = memo(BodyRow) as typeof BodyRow;
