import { Paper, Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { canManageMembers } from "@pano/domain";
import { useMembers } from "@/lookups/hooks/useMembers";
import { useCurrentWorkspace } from "@/session/useCurrentWorkspace";
import { LoadingScreen } from "@/ui/LoadingScreen";
import { SubscriptionError } from "@/ui/SubscriptionError";
import { InviteMemberForm } from "./InviteMemberForm";
import { LeaveWorkspaceButton } from "./LeaveWorkspaceButton";
import { MembersTable } from "./MembersTable";
import { PendingInvitesTable } from "./PendingInvitesTable";

export const MembersPanel = () => {
  const { t } = useTranslation();
  const { workspaceId, role } = useCurrentWorkspace();
  const members = useMembers(workspaceId);
  if (members.status === "loading") return <LoadingScreen />;
  if (members.status === "error") return <SubscriptionError error={members.error} />;
  const manages = canManageMembers(role);

  return (
    <Stack gap="lg">
      {manages && (
        <Paper withBorder p="md" radius="md">
          <Title order={3} size="h5" mb="sm">
            {t("invites.inviteTitle")}
          </Title>
          <InviteMemberForm members={members.data} />
        </Paper>
      )}
      <Paper withBorder p="md" radius="md">
        <Title order={3} size="h5" mb="sm">
          {t("members.title")}
        </Title>
        <MembersTable members={members.data} />
      </Paper>
      {manages && (
        <Paper withBorder p="md" radius="md">
          <Title order={3} size="h5" mb="sm">
            {t("invites.pendingTitle")}
          </Title>
          <PendingInvitesTable />
        </Paper>
      )}
      <LeaveWorkspaceButton />
    </Stack>
  );
};
