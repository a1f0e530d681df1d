import { Alert } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { errorMessageKey } from "@/lib/errorMessageKey";

export const SubscriptionError = ({ error }: { error: Error }) => {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" title={t("errors.loadFailed")} role="alert">
      {t(errorMessageKey(error))}
    </Alert>
  );
};
