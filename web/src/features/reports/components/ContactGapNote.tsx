import { Alert } from "@mantine/core";
import { IconUserExclamation } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { contactGapDays } from "@pano/domain";
import type { ContactGap } from "../data/contactGap";

// Customers who may be slipping away: nobody has contacted them for a month, or ever.
export const ContactGapNote = ({ gap }: { gap: ContactGap | null }) => {
  const { t } = useTranslation();
  if (!gap || gap.quiet + gap.never === 0) return null;
  return (
    <Alert
      variant="light"
      color="yellow"
      icon={<IconUserExclamation size={18} />}
      title={t("reports.contactGapTitle")}
      role="status"
    >
      {t("reports.contactGapQuiet", { count: gap.quiet, days: contactGapDays })}{" "}
      {t("reports.contactGapNever", { count: gap.never })}
    </Alert>
  );
};
