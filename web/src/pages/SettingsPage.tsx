import { Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { isAtLeast } from "@pano/domain";
import { StageEditor } from "@/features/deals";
import { MembersPanel } from "@/features/members";
import { NotificationSettings, PushSettings } from "@/features/notifications";
import { RebuildReports } from "@/features/reports";
import { saveStages, WorkspaceSettingsForm } from "@/features/workspaces";
import { useCurrentWorkspace } from "@/session/useCurrentWorkspace";
import { PageHeader } from "@/ui/PageHeader";

export const SettingsPage = () => {
  const { t } = useTranslation();
  const { workspaceId, role } = useCurrentWorkspace();
  return (
    <Stack gap="lg">
      <PageHeader title={t("settings.title")} />
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h4" mb="sm">
          {t("settings.general")}
        </Title>
        <WorkspaceSettingsForm />
      </Paper>
      {isAtLeast(role, "admin") && (
        <Paper withBorder p="md" radius="md">
          <Title order={2} size="h4" mb="sm">
            {t("stages.title")}
          </Title>
          <StageEditor onSave={(stages) => saveStages(workspaceId, stages)} />
        </Paper>
      )}
      <Title order={2} size="h4">
        {t("settings.members")}
      </Title>
      <MembersPanel />
      {isAtLeast(role, "admin") && (
        <Paper
          withBorder
          p="md"
          radius="md"
          component="section"
          aria-label={t("reports.rebuild.title")}
        >
          <Title order={2} size="h4" mb="sm">
            {t("reports.rebuild.title")}
          </Title>
          <RebuildReports workspaceId={workspaceId} />
        </Paper>
      )}
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h4">
          {t("notifications.settings.title")}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t("notifications.settings.intro")}
        </Text>
        <NotificationSettings />
        <Title order={3} size="h5" mt="lg" mb="sm">
          {t("notifications.push.title")}
        </Title>
        <PushSettings />
      </Paper>
    </Stack>
  );
};
