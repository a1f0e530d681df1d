import { Paper, Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { MembersPanel } from "@/features/members";
import { WorkspaceSettingsForm } from "@/features/workspaces";
import { PageHeader } from "@/ui/PageHeader";

export const SettingsPage = () => {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <PageHeader title={t("settings.title")} />
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h4" mb="sm">
          {t("settings.general")}
        </Title>
        <WorkspaceSettingsForm />
      </Paper>
      <Title order={2} size="h4">
        {t("settings.members")}
      </Title>
      <MembersPanel />
    </Stack>
  );
};
