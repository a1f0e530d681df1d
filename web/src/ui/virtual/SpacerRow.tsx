import { Table } from "@mantine/core";

// Stands in for the table rows above or below the rendered ones, keeping the table's height.
export const SpacerRow = ({ height, columns }: { height: number; columns: number }) =>
  height > 0 ? (
    <Table.Tr aria-hidden style={{ border: 0 }}>
      <Table.Td colSpan={columns} style={{ height, padding: 0, border: 0 }} />
    </Table.Tr>
  ) : null;
