import { Button, Group, Select, SimpleGrid, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { importFields, type ImportField } from "@pano/domain";
import type { MapStep } from "../hooks/useCustomerImport";

const previewRows = 5;

export const ImportMappingStep = ({
  step,
  busy,
  onMapping,
  onCheck,
}: {
  step: MapStep;
  busy: boolean;
  onMapping: (field: ImportField, column: number | undefined) => void;
  onCheck: () => void;
}) => {
  const { t } = useTranslation();
  const columnOptions = step.headers.map((header, index) => ({
    value: String(index),
    label: header || `#${index + 1}`,
  }));

  return (
    <>
      <Text size="sm">{t("customers.import.mapHint", { count: step.rows.length })}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        {importFields.map((field) => (
          <Select
            key={field}
            label={t(`customers.${field}`)}
            placeholder={t("customers.import.skip")}
            data={columnOptions}
            value={step.mapping[field] === undefined ? null : String(step.mapping[field])}
            onChange={(value) => onMapping(field, value === null ? undefined : Number(value))}
            clearable
          />
        ))}
      </SimpleGrid>
      <Table.ScrollContainer minWidth={600}>
        {/* Words break only when one alone is wider than its column (the page lets any text
            break anywhere); otherwise the preview scrolls sideways. */}
        <Table
          striped
          aria-label={t("customers.import.preview")}
          style={{ overflowWrap: "break-word" }}
        >
          <Table.Thead>
            <Table.Tr>
              {importFields.map((field) => (
                <Table.Th key={field} style={{ whiteSpace: "nowrap" }}>
                  {t(`customers.${field}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {step.rows.slice(0, previewRows).map(({ row, values }) => (
              <Table.Tr key={row}>
                {importFields.map((field) => {
                  const column = step.mapping[field];
                  return (
                    <Table.Td key={field}>{column === undefined ? "" : values[column]}</Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group justify="flex-end">
        <Button onClick={onCheck} loading={busy} disabled={step.mapping.name === undefined}>
          {t("customers.import.check")}
        </Button>
      </Group>
    </>
  );
};
