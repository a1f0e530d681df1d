import { Paper, Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { EmailVerificationNotice } from "@/features/auth";
import { MyInvitesList } from "@/features/members";
import { CreateWorkspaceForm, useMyWorkspaces, WorkspaceList } from "@/features/workspaces";
import { useSignedInUser } from "@/session/useAuth";
import { Loaded } from "@/ui/Loaded";

export const WorkspacesPage = () => {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const workspaces = useMyWorkspaces(user.uid);
  return (
    <Stack gap="xl">
      <EmailVerificationNotice />
      <MyInvitesList />
      <Stack gap="sm">
        <Title order={1} size="h2">
          {t("workspaces.title")}
        </Title>
        <Loaded state={workspaces}>{(list) => <WorkspaceList workspaces={list} />}</Loaded>
      </Stack>
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h4" mb="sm">
          {t("workspaces.createTitle")}
        </Title>
        <CreateWorkspaceForm />
      </Paper>
    </Stack>
  );
};
