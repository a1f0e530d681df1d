import { Group, Text } from "@mantine/core";
import { IconCloudUpload } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

// Every write is pending for a moment; only one the server has not confirmed after this long is
// worth a mark, or each save would flash one.
const showAfterMs = 1500;

const DelayedPendingBadge = () => {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setShown(true), showAfterMs);
    return () => clearTimeout(timer);
  }, []);
  if (!shown) return null;
  // A line of text rather than a badge: a badge's 9 px label was cut short in a narrow card.
  return (
    <Group gap={4} wrap="nowrap" c="orange" data-testid="pending-sync">
      <IconCloudUpload size={14} aria-hidden style={{ flexShrink: 0 }} />
      <Text size="xs" fw={500} c="orange">
        {t("sync.waiting")}
      </Text>
    </Group>
  );
};

// Marks an item whose last change is still in the local queue (the snapshot's pending writes);
// the delay starts over with each new pending stretch.
export const PendingSyncBadge = ({ pending }: { pending: boolean }) =>
  pending ? <DelayedPendingBadge /> : null;
