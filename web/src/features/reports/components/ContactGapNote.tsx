import { Alert } from "@mantine/core";
import { IconUserExclamation } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { contactGapDays } from "@pano/domain";
import type { ContactGap } from "../data/contactGap";

// Customers who may be slipping away: nobody has contacted them for a month, or ever, or the date
// someone set to get back to them has passed with no contact since. Only the figures that are not
// zero are said.
export const ContactGapNote = ({ gap }: { gap: ContactGap | null }) => {
  const { t } = useTranslation();
  if (!gap) return null;
  const sentences = [
    gap.quiet > 0 && t("reports.contactGapQuiet", { count: gap.quiet, days: contactGapDays }),
    gap.never > 0 && t("reports.contactGapNever", { count: gap.never }),
    gap.overdueFollowUps > 0 &&
      t("reports.contactGapOverdueFollowUps", { count: gap.overdueFollowUps }),
  ].filter((sentence) => sentence !== false);
  if (sentences.length === 0) return null;
  return (
    <Alert
      variant="light"
      color="yellow"
      icon={<IconUserExclamation size={18} />}
      title={t("reports.contactGapTitle")}
      role="status"
    >
      {sentences.join(" ")}
    </Alert>
  );
};
