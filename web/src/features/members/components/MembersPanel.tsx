import { Group, Paper, Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { canManageMembers } from "@pano/domain";
import { useMembers } from "@/lookups/hooks/useMembers";
import { useCurrentWorkspace } from "@/session/useCurrentWorkspace";
import { Loaded } from "@/ui/Loaded";
import { InviteMemberForm } from "./InviteMemberForm";
import { LeaveWorkspaceButton } from "./LeaveWorkspaceButton";
import { MembersTable } from "./MembersTable";
import { PendingInvitesTable } from "./PendingInvitesTable";

export const MembersPanel = () => {
  const { t } = useTranslation();
  const { workspaceId, role } = useCurrentWorkspace();
  const members = useMembers(workspaceId);
  const manages = canManageMembers(role);

  return (
    <Loaded state={members}>
      {(list) => (
        <Stack gap="lg">
          {manages && (
            <Paper withBorder p="md" radius="md">
              <Title order={3} size="h5" mb="sm">
                {t("invites.inviteTitle")}
              </Title>
              <InviteMemberForm members={list} />
            </Paper>
          )}
          <Paper withBorder p="md" radius="md">
            <Title order={3} size="h5" mb="sm">
              {t("members.title")}
            </Title>
            <MembersTable members={list} />
            <Group mt="md">
              <LeaveWorkspaceButton />
            </Group>
          </Paper>
          {manages && (
            <Paper withBorder p="md" radius="md">
              <Title order={3} size="h5" mb="sm">
                {t("invites.pendingTitle")}
              </Title>
              <PendingInvitesTable />
            </Paper>
          )}
        </Stack>
      )}
    </Loaded>
  );
};
