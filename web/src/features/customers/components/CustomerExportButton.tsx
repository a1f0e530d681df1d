import { Button } from "@mantine/core";
import { IconDownload } from "@tabler/icons-react";
import { memo } from "react";
import { useTranslation } from "react-i18next";
import { customersToCsvRows } from "@pano/domain";
import { csvDelimiter, downloadCsv } from "@/lib/csv";
import { useLocale } from "@/lib/i18n";
import { notifyError } from "@/lib/notify";
import { useAsyncAction } from "@/lib/useAsyncAction";
import { useMembers } from "@/lookups/hooks/useMembers";
import { useCurrentWorkspace } from "@/session/useCurrentWorkspace";
import { fetchCustomers } from "../data/customerExport";
import type { CustomerFilters } from "../data/customerPages";
import { customerFieldLabels } from "../utils/customerFieldLabels";
import { narrowByTag } from "../utils/narrowByTag";

// Exports every customer matching the current filters, not only the pages loaded on screen.
// Memoized: the list's search box renders its page header on every keystroke.
export const CustomerExportButton = memo(function CustomerExportButton({
  filters,
}: {
  filters: CustomerFilters;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { workspaceId } = useCurrentWorkspace();
  const members = useMembers(workspaceId);
  const { busy, run } = useAsyncAction();

  const handleExport = () =>
    void run(async () => {
      const customers = narrowByTag(await fetchCustomers(workspaceId, filters), filters);
      const memberList = members.status === "ready" ? members.data : [];
      const headers = { ...customerFieldLabels(t), lastContact: t("customers.lastContact") };
      const ownerEmail = (uid: string) =>
        memberList.find((member) => member.uid === uid)?.email ?? "";
      const date = new Date().toISOString().slice(0, 10);
      downloadCsv(
        `${t("customers.exportFile")}-${date}.csv`,
        customersToCsvRows(customers, headers, ownerEmail),
        csvDelimiter(locale),
      );
    }).catch(notifyError);

  return (
    <Button
      variant="default"
      leftSection={<IconDownload size={16} />}
      loading={busy}
      onClick={handleExport}
    >
      {t("customers.export")}
    </Button>
  );
});
