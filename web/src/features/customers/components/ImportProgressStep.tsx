import { Button, Group, Progress, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ImportingStep } from "../hooks/useCustomerImport";
import { ImportRejectedButton } from "./ImportRejectedButton";

export const ImportProgressStep = ({
  step,
  busy,
  onClose,
}: {
  step: ImportingStep;
  busy: boolean;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const { create, update, skipped, ambiguous } = step.plan;
  const total = create.length + update.length;
  const done = [
    ...(create.length > 0 || update.length === 0
      ? [t("customers.import.done", { count: create.length })]
      : []),
    ...(update.length > 0 ? [t("customers.import.doneUpdated", { count: update.length })] : []),
    ...(skipped > 0
      ? [
          ambiguous > 0
            ? t("customers.import.doneSkippedAmbiguous", { count: skipped, ambiguous })
            : t("customers.import.doneSkipped", { count: skipped }),
        ]
      : []),
  ];

  return (
    <>
      <Text size="sm" role="status">
        {step.written === total && !busy
          ? done.join(" ")
          : t("customers.import.progress", { imported: step.written, total })}
      </Text>
      <Progress
        value={total ? (step.written / total) * 100 : 100}
        animated={busy}
        aria-label={t("customers.import.title")}
      />
      <Group justify="space-between">
        <ImportRejectedButton headers={step.headers} rejected={step.rejected} />
        <Button onClick={onClose} disabled={busy}>
          {t("customers.import.finish")}
        </Button>
      </Group>
    </>
  );
};
