import { Alert, Button, Group, Radio, Stack, Table } from "@mantine/core";
import { useTranslation } from "react-i18next";
import {
  duplicateChoices,
  matchingRows,
  planCustomerImport,
  type DuplicateChoice,
} from "@pano/domain";
import type { ReviewStep } from "../hooks/useCustomerImport";
import { describeRejectedRow } from "../utils/describeRejectedRow";
import { ImportMatchesList } from "./ImportMatchesList";
import { ImportRejectedButton } from "./ImportRejectedButton";

const listedProblems = 100;

export const ImportReviewStep = ({
  step,
  busy,
  onChoice,
  onBack,
  onImport,
}: {
  step: ReviewStep;
  busy: boolean;
  onChoice: (choice: DuplicateChoice) => void;
  onBack: () => void;
  onImport: () => void;
}) => {
  const { t } = useTranslation();
  const matches = matchingRows(step.valid, step.existing);
  const plan = planCustomerImport(step.valid, step.existing, step.choice);
  const writes = plan.create.length + plan.update.length;

  return (
    <>
      <Alert color={step.rejected.length ? "yellow" : "teal"} variant="light" role="status">
        {t("customers.import.summary", {
          valid: step.valid.length,
          rejected: step.rejected.length,
        })}
      </Alert>
      {matches.length > 0 && (
        <Radio.Group
          label={t("customers.import.duplicates", { count: matches.length })}
          value={step.choice}
          onChange={(value) => {
            const choice = duplicateChoices.find((option) => option === value);
            if (choice) onChoice(choice);
          }}
        >
          <ImportMatchesList matches={matches} />
          <Stack gap="xs" mt="xs">
            {duplicateChoices.map((choice) => (
              <Radio
                key={choice}
                value={choice}
                label={t(`customers.import.duplicateChoices.${choice}`)}
                description={t(`customers.import.duplicateChoices.${choice}Hint`)}
              />
            ))}
          </Stack>
        </Radio.Group>
      )}
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
                  <Table.Td>{describeRejectedRow(row, t)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group justify="space-between">
        <Group gap="xs">
          <Button variant="default" onClick={onBack} disabled={busy}>
            {t("customers.import.backToMapping")}
          </Button>
          <ImportRejectedButton headers={step.headers} rejected={step.rejected} />
        </Group>
        {/* The counts grow long in Turkish; at phone width they wrap rather than get cut. */}
        <Button
          onClick={onImport}
          disabled={busy || writes === 0}
          h="auto"
          mih={36}
          py={6}
          styles={{ label: { whiteSpace: "normal", textAlign: "center" } }}
        >
          {step.choice === "update" && plan.skipped > 0
            ? t("customers.import.startWithSkips", {
                created: plan.create.length,
                updated: plan.update.length,
                skipped: plan.skipped,
              })
            : plan.update.length > 0
              ? t("customers.import.startWithUpdates", {
                  created: plan.create.length,
                  updated: plan.update.length,
                })
              : t("customers.import.start", { count: plan.create.length })}
        </Button>
      </Group>
    </>
  );
};
