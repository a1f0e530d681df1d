import { Group, Text, VisuallyHidden } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { IconCloudCheck, IconCloudOff, IconCloudUpload } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { settleEarlierWrites } from "@/lib/firebase/pendingWrites";
import { notifyEarlierRefusals } from "@/lib/notify";
import type { SyncStatus } from "@/lib/sync/syncStatus";
import { useSyncStatus } from "@/lib/sync/useSyncStatus";

// Online, a write is answered within moments: saying "Saving…" for each would flash the header
// and make a screen reader announce every save, so saving that starts from "all saved" is said
// only after this long. Back from offline it is said at once: nothing is saved yet.
const savingAfterMs = 1000;

const useShownStatus = (status: SyncStatus): SyncStatus => {
  const [lastKind, setLastKind] = useState(status.kind);
  const [quiet, setQuiet] = useState(false);
  if (status.kind !== lastKind) {
    setLastKind(status.kind);
    setQuiet(status.kind === "saving" && lastKind === "saved");
  }
  useEffect(() => {
    if (!quiet) return;
    const timer = setTimeout(() => setQuiet(false), savingAfterMs);
    return () => clearTimeout(timer);
  }, [quiet]);
  return quiet && status.kind === "saving" ? { kind: "saved" } : status;
};

const icons = { saved: IconCloudCheck, saving: IconCloudUpload, offline: IconCloudOff };
const colors = { saved: "dimmed", saving: "blue", offline: "orange" };

// The header's word on this device's changes: all saved, saving, or offline with how many wait.
// On a phone it shrinks to its icon (and the count when offline); the words stay for screen readers.
export const SyncIndicator = () => {
  const { t } = useTranslation();
  const phone = useMediaQuery("(max-width: 48em)");
  const status = useShownStatus(useSyncStatus());
  useEffect(() => settleEarlierWrites(notifyEarlierRefusals), []);

  const label =
    status.kind === "offline"
      ? t("sync.offline", { count: status.waiting })
      : status.kind === "saving"
        ? t("sync.saving")
        : t("sync.allSaved");
  const Icon = icons[status.kind];
  const color = colors[status.kind];

  return (
    <Group gap={4} wrap="nowrap" role="status" aria-live="polite" data-sync={status.kind} c={color}>
      <Icon size={18} aria-hidden />
      {phone ? (
        <>
          {status.kind === "offline" && status.waiting > 0 && (
            <Text size="sm" fw={600} aria-hidden>
              {status.waiting}
            </Text>
          )}
          <VisuallyHidden>{label}</VisuallyHidden>
        </>
      ) : (
        <Text size="sm" c={color} fw={status.kind === "offline" ? 600 : 400} truncate>
          {label}
        </Text>
      )}
    </Group>
  );
};
