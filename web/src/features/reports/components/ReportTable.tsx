import { Button, Group, Paper, Table, Text, Title } from "@mantine/core";
import { IconDownload } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { csvDelimiter, downloadCsv } from "@/lib/csv";
import { useLocale } from "@/lib/i18n";

type ReportTableProps = {
  title: string;
  fileName: string;
  headers: string[];
  // Columns from this index on hold numbers, aligned right.
  numericFrom: number;
  rows: { key: string; cells: ReactNode[] }[];
  empty: string;
  // The table as CSV, written like the customer export (BOM, ";" in Turkish, formula-safe).
  csvRows: () => string[][];
};

export const ReportTable = ({
  title,
  fileName,
  headers,
  numericFrom,
  rows,
  empty,
  csvRows,
}: ReportTableProps) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const align = (index: number) => (index >= numericFrom ? "right" : "left");
  const handleExport = () =>
    downloadCsv(
      `${fileName}-${new Date().toISOString().slice(0, 10)}.csv`,
      csvRows(),
      csvDelimiter(locale),
    );
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={title}>
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Title order={2} size="h4">
          {title}
        </Title>
        {rows.length > 0 && (
          <Button
            variant="default"
            size="xs"
            leftSection={<IconDownload size={14} />}
            aria-label={t("reports.exportTable", { table: title })}
            style={{ flexShrink: 0 }}
            onClick={handleExport}
          >
            CSV
          </Button>
        )}
      </Group>
      {rows.length === 0 ? (
        <Text c="dimmed" size="sm">
          {empty}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={320}>
          <Table striped aria-label={title}>
            <Table.Thead>
              <Table.Tr>
                {headers.map((header, index) => (
                  <Table.Th key={header} ta={align(index)} style={{ whiteSpace: "nowrap" }}>
                    {header}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.key}>
                  {row.cells.map((cell, index) => (
                    <Table.Td key={headers[index]} ta={align(index)}>
                      {cell}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
};
