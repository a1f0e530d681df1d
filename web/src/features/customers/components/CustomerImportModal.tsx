import {
  Alert,
  Button,
  FileInput,
  Group,
  Modal,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
} from "@mantine/core";
import { IconDownload, IconFileTypeCsv } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  canWrite,
  guessColumnMapping,
  importFields,
  validateImportRows,
  type ColumnMapping,
  type RejectedRow,
  type ValidRow,
} from "@pano/domain";
import { useSignedInUser } from "@/features/auth";
import { useMembers } from "@/features/members";
import { useCurrentWorkspace } from "@/features/workspaces";
import { csvDelimiter, downloadCsv, parseCsvFile } from "@/lib/csv";
import { useLocale } from "@/lib/i18n";
import { useAsyncAction } from "@/lib/useAsyncAction";
import { FormError } from "@/ui/FormError";
import { importCustomers } from "../data/customersData";

// Kept visible on both the review and the finished screen, so the rejects are never lost.
const RejectedRowsButton = ({
  rows,
  onDownload,
}: {
  rows: RejectedRow[];
  onDownload: () => void;
}) => {
  const { t } = useTranslation();
  if (rows.length === 0) return <span />;
  return (
    <Button variant="default" leftSection={<IconDownload size={16} />} onClick={onDownload}>
      {t("customers.import.downloadRejected")}
    </Button>
  );
};

type Step =
  | { name: "file" }
  | { name: "map"; headers: string[]; rows: string[][]; mapping: ColumnMapping }
  | { name: "review"; headers: string[]; valid: ValidRow[]; rejected: RejectedRow[] }
  | {
      name: "importing";
      headers: string[];
      total: number;
      imported: number;
      rejected: RejectedRow[];
    };

const previewRows = 5;
const listedProblems = 100;

export const CustomerImportModal = ({
  opened,
  onClose,
}: {
  opened: boolean;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const user = useSignedInUser();
  const { workspaceId } = useCurrentWorkspace();
  const members = useMembers(workspaceId);
  const [step, setStep] = useState<Step>({ name: "file" });
  const { busy, error, run } = useAsyncAction();

  const describe = (row: RejectedRow) =>
    row.problems
      .map((problem) => `${t(`customers.${problem.field}`)}: ${t(problem.message)}`)
      .join("; ");

  const handleFile = (file: File | null) => {
    if (!file) return;
    void run(async () => {
      const [headers = [], ...rows] = await parseCsvFile(file);
      setStep({ name: "map", headers, rows, mapping: guessColumnMapping(headers) });
    });
  };

  const handleValidate = () => {
    if (step.name !== "map") return;
    const writers =
      members.status === "ready" ? members.data.filter((member) => canWrite(member.role)) : [];
    const owners = {
      byEmail: new Map(writers.map((member) => [member.email, member.uid])),
      defaultOwnerId: user.uid,
    };
    const { valid, rejected } = validateImportRows(step.rows, step.mapping, owners);
    setStep({ name: "review", headers: step.headers, valid, rejected });
  };

  const handleImport = () => {
    if (step.name !== "review") return;
    const { headers, valid, rejected } = step;
    setStep({ name: "importing", headers, total: valid.length, imported: 0, rejected });
    void run(() =>
      importCustomers(
        workspaceId,
        user.uid,
        valid.map((row) => row.fields),
        (imported) =>
          setStep((current) => (current.name === "importing" ? { ...current, imported } : current)),
      ),
    );
  };

  const downloadRejected = (headers: string[], rejected: RejectedRow[]) =>
    downloadCsv(
      t("customers.import.rejectedFile"),
      [
        [t("customers.import.row"), ...headers, t("customers.import.problems")],
        ...rejected.map((row) => [String(row.row), ...row.values, describe(row)]),
      ],
      csvDelimiter(locale),
    );

  const handleClose = () => {
    setStep({ name: "file" });
    onClose();
  };

  const columnOptions = (headers: string[]) =>
    headers.map((header, index) => ({ value: String(index), label: header || `#${index + 1}` }));

  return (
    <Modal opened={opened} onClose={handleClose} title={t("customers.import.title")} size="xl">
      <Stack>
        <FormError message={error} />
        {step.name === "file" && (
          <FileInput
            label={t("customers.import.file")}
            description={t("customers.import.fileHint")}
            accept=".csv,text/csv"
            leftSection={<IconFileTypeCsv size={18} />}
            onChange={handleFile}
            disabled={busy}
          />
        )}

        {step.name === "map" && (
          <>
            <Text size="sm">{t("customers.import.mapHint", { count: step.rows.length })}</Text>
            <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
              {importFields.map((field) => (
                <Select
                  key={field}
                  label={t(`customers.${field}`)}
                  placeholder={t("customers.import.skip")}
                  data={columnOptions(step.headers)}
                  value={step.mapping[field] === undefined ? null : String(step.mapping[field])}
                  onChange={(value) =>
                    setStep({
                      ...step,
                      mapping: {
                        ...step.mapping,
                        [field]: value === null ? undefined : Number(value),
                      },
                    })
                  }
                  clearable
                />
              ))}
            </SimpleGrid>
            <Table.ScrollContainer minWidth={600}>
              <Table striped aria-label={t("customers.import.preview")}>
                <Table.Thead>
                  <Table.Tr>
                    {importFields.map((field) => (
                      <Table.Th key={field}>{t(`customers.${field}`)}</Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {step.rows.slice(0, previewRows).map((row, index) => (
                    <Table.Tr key={index}>
                      {importFields.map((field) => {
                        const column = step.mapping[field];
                        return (
                          <Table.Td key={field}>{column === undefined ? "" : row[column]}</Table.Td>
                        );
                      })}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Group justify="flex-end">
              <Button onClick={handleValidate} disabled={step.mapping.name === undefined}>
                {t("customers.import.check")}
              </Button>
            </Group>
          </>
        )}

        {step.name === "review" && (
          <>
            <Alert color={step.rejected.length ? "yellow" : "teal"} variant="light" role="status">
              {t("customers.import.summary", {
                valid: step.valid.length,
                rejected: step.rejected.length,
              })}
            </Alert>
            {step.rejected.length > 0 && (
              <Table.ScrollContainer minWidth={500}>
                <Table aria-label={t("customers.import.problems")}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t("customers.import.row")}</Table.Th>
                      <Table.Th>{t("customers.import.problems")}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {step.rejected.slice(0, listedProblems).map((row) => (
                      <Table.Tr key={row.row}>
                        <Table.Td>{row.row}</Table.Td>
                        <Table.Td>{describe(row)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
            <Group justify="space-between">
              <RejectedRowsButton
                rows={step.rejected}
                onDownload={() => downloadRejected(step.headers, step.rejected)}
              />
              <Button onClick={handleImport} disabled={step.valid.length === 0}>
                {t("customers.import.start", { count: step.valid.length })}
              </Button>
            </Group>
          </>
        )}

        {step.name === "importing" && (
          <>
            <Text size="sm" role="status">
              {step.imported === step.total && !busy
                ? t("customers.import.done", { count: step.total })
                : t("customers.import.progress", { imported: step.imported, total: step.total })}
            </Text>
            <Progress
              value={step.total ? (step.imported / step.total) * 100 : 100}
              animated={busy}
              aria-label={t("customers.import.title")}
            />
            <Group justify="space-between">
              <RejectedRowsButton
                rows={step.rejected}
                onDownload={() => downloadRejected(step.headers, step.rejected)}
              />
              <Button onClick={handleClose} disabled={busy}>
                {t("customers.import.finish")}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
};
