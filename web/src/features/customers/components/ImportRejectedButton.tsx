import { Button } from "@mantine/core";
import { IconDownload } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { RejectedRow } from "@pano/domain";
import { csvDelimiter, downloadCsv } from "@/lib/csv";
import { useLocale } from "@/lib/i18n";
import { describeRejectedRow } from "../utils/describeRejectedRow";

// Kept visible on both the review and the finished screen, so the rejects are never lost.
export const ImportRejectedButton = ({
  headers,
  rejected,
}: {
  headers: string[];
  rejected: RejectedRow[];
}) => {
  const { t } = useTranslation();
  const locale = useLocale();
  if (rejected.length === 0) return <span />;

  const handleDownload = () =>
    downloadCsv(
      t("customers.import.rejectedFile"),
      [
        [t("customers.import.row"), ...headers, t("customers.import.problems")],
        ...rejected.map((row) => [String(row.row), ...row.values, describeRejectedRow(row, t)]),
      ],
      csvDelimiter(locale),
    );

  return (
    <Button variant="default" leftSection={<IconDownload size={16} />} onClick={handleDownload}>
      {t("customers.import.downloadRejected")}
    </Button>
  );
};
