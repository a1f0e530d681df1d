import { Alert, FileInput } from "@mantine/core";
import { IconFileTypeCsv } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { FileStep } from "../hooks/useCustomerImport";

export const ImportFileStep = ({
  step,
  busy,
  onFile,
}: {
  step: FileStep;
  busy: boolean;
  onFile: (file: File | null) => void;
}) => {
  const { t } = useTranslation();
  return (
    <>
      <FileInput
        label={t("customers.import.file")}
        description={t("customers.import.fileHint")}
        placeholder={t("customers.import.filePlaceholder")}
        accept=".csv,text/csv"
        leftSection={<IconFileTypeCsv size={18} />}
        onChange={onFile}
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
  );
};
