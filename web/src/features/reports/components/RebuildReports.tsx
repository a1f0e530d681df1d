import { Alert, Button, Group, Loader, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatNumber, type RebuildStep } from "@pano/domain";
import { useLocale } from "@/lib/i18n";
import { useAsyncAction } from "@/lib/useAsyncAction";
import { rebuildReports, type RebuildTotals } from "../data/rebuildReports";

// For owners and admins: recount the reports from the data, for data older than the reports or
// after something went wrong. People may keep working meanwhile.
export const RebuildReports = ({ workspaceId }: { workspaceId: string }) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const { busy, error, run } = useAsyncAction();
  const [step, setStep] = useState<RebuildStep>("deal");
  const [done, setDone] = useState<RebuildTotals | null>(null);

  const start = () => {
    setDone(null);
    setStep("deal");
    void run(async () => setDone(await rebuildReports(workspaceId, setStep)));
  };

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t("reports.rebuild.intro")}
      </Text>
      <Group>
        <Button variant="default" onClick={start} loading={busy}>
          {t("reports.rebuild.start")}
        </Button>
        {busy && (
          <Group gap="xs" role="status">
            <Loader size="xs" />
            <Text size="sm">{t(`reports.rebuild.steps.${step}`)}</Text>
          </Group>
        )}
      </Group>
      {done && (
        <Alert color="green" variant="light" role="status">
          {t("reports.rebuild.done", {
            documents: formatNumber(done.documentsRead, locale),
            seconds: formatNumber(Math.max(1, Math.round(done.ms / 1000)), locale),
          })}
        </Alert>
      )}
      {error && (
        <Alert color="red" variant="light" role="alert">
          {error}
        </Alert>
      )}
    </Stack>
  );
};
