import { Button, Group } from "@mantine/core";
import { useTranslation } from "react-i18next";

type FormActionsProps = {
  busy: boolean;
  onCancel: () => void;
  cancelDisabled?: boolean;
  // For a form already showing what is saved: nothing to save until something changes.
  saveDisabled?: boolean;
};

// Cancel and Save at the end of a form; Save submits it.
export const FormActions = ({
  busy,
  onCancel,
  cancelDisabled = false,
  saveDisabled = false,
}: FormActionsProps) => {
  const { t } = useTranslation();
  return (
    <Group gap="xs" justify="flex-end">
      <Button variant="default" onClick={onCancel} disabled={cancelDisabled}>
        {t("common.cancel")}
      </Button>
      <Button type="submit" loading={busy} disabled={saveDisabled}>
        {t("common.save")}
      </Button>
    </Group>
  );
};
