import { Badge, Button, Skeleton, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatDate } from "@pano/domain";
import { useLocale } from "@/lib/i18n";
import { notifyError, notifySuccess } from "@/lib/notify";
import { useCurrentWorkspace } from "@/session/useCurrentWorkspace";
import { SubscriptionError } from "@/ui/SubscriptionError";
import { revokeInvite } from "../data/invitesData";
import { useWorkspaceInvites } from "../hooks/useWorkspaceInvites";

export const PendingInvitesTable = () => {
  const { t } = useTranslation();
  const locale = useLocale();
  const { workspaceId } = useCurrentWorkspace();
  const invites = useWorkspaceInvites(workspaceId, true);
  // A line's height while loading, so the sections below do not jump when the answer comes.
  if (invites.status === "loading") return <Skeleton height="1.25rem" width="12rem" />;
  if (invites.status === "error") return <SubscriptionError error={invites.error} />;
  if (invites.data.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t("invites.noPending")}
      </Text>
    );

  const handleRevoke = (email: string) =>
    revokeInvite(workspaceId, email).then(() => notifySuccess(t("invites.revoked")), notifyError);

  return (
    <Table.ScrollContainer minWidth={480}>
      <Table verticalSpacing="sm" aria-label={t("invites.pendingTitle")}>
        <Table.Tbody>
          {invites.data.map((invite) => (
            <Table.Tr key={invite.id} style={{ opacity: invite.pending ? 0.6 : 1 }}>
              <Table.Td>{invite.email}</Table.Td>
              <Table.Td>
                <Badge variant="light">{t(`roles.${invite.role}`)}</Badge>
              </Table.Td>
              <Table.Td c="dimmed">{formatDate(invite.createdAt, locale)}</Table.Td>
              <Table.Td ta="right">
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  onClick={() => void handleRevoke(invite.email)}
                >
                  {t("invites.revoke")}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
};
