import { CloseButton } from "@mantine/core";
import { useTranslation } from "react-i18next";

// The × at the end of a search box, which empties it and leaves the cursor there.
export const ClearSearchButton = ({ onClear }: { onClear: () => void }) => {
  const { t } = useTranslation();
  return <CloseButton size="sm" aria-label={t("common.clearSearch")} onClick={onClear} />;
};
