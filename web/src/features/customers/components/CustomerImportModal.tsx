import { Modal, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { FormError } from "@/ui/FormError";
import { useCustomerImport } from "../hooks/useCustomerImport";
import { ImportEncodingSelect } from "./ImportEncodingSelect";
import { ImportFileStep } from "./ImportFileStep";
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
          <ImportFileStep step={step} busy={busy} onFile={actions.handleFile} />
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
            onBack={actions.handleBack}
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
