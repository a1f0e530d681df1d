import { Alert, FileInput, Modal, Stack } from "@mantine/core";
import { IconFileTypeCsv } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { FormError } from "@/ui/FormError";
import { useCustomerImport } from "../hooks/useCustomerImport";
import { ImportEncodingSelect } from "./ImportEncodingSelect";
import { ImportMappingStep } from "./ImportMappingStep";
import { ImportProgressStep } from "./ImportProgressStep";
import { ImportReviewStep } from "./ImportReviewStep";

export const CustomerImportModal = ({
  opened,
  onClose,
}: {
  opened: boolean;
  onClose: () => void;
}) => {
  const { t } = useTranslation();
  const { step, busy, error, ...actions } = useCustomerImport();

  const handleClose = () => {
    actions.reset();
    onClose();
  };

  return (
    <Modal opened={opened} onClose={handleClose} title={t("customers.import.title")} size="xl">
      <Stack>
        <FormError message={error} />
        {step.name === "file" && (
          <>
            <FileInput
              label={t("customers.import.file")}
              description={t("customers.import.fileHint")}
              accept=".csv,text/csv"
              leftSection={<IconFileTypeCsv size={18} />}
              onChange={actions.handleFile}
              disabled={busy}
            />
            {step.problem && (
              <Alert color="red" variant="light" role="alert">
                {t(`customers.import.refused.${step.problem.reason}`, {
                  row: "row" in step.problem ? step.problem.row : undefined,
                })}
              </Alert>
            )}
          </>
        )}
        {(step.name === "map" || step.name === "review") && (
          <ImportEncodingSelect
            value={step.encoding}
            detected={step.detected}
            disabled={busy}
            onChange={actions.handleEncoding}
          />
        )}
        {step.name === "map" && (
          <ImportMappingStep
            step={step}
            busy={busy}
            onMapping={actions.handleMapping}
            onCheck={actions.handleCheck}
          />
        )}
        {step.name === "review" && (
          <ImportReviewStep
            step={step}
            busy={busy}
            onChoice={actions.handleChoice}
            onImport={actions.handleImport}
          />
        )}
        {step.name === "importing" && (
          <ImportProgressStep step={step} busy={busy} onClose={handleClose} />
        )}
      </Stack>
    </Modal>
  );
};
