import { Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { notifySuccess } from "@/lib/notify";
import { useAsyncAction } from "@/lib/useAsyncAction";
import { FormError } from "@/ui/FormError";
import { respondToInvite, type ReceivedInvite } from "../data/invitesData";
import { useMyInvites } from "../hooks/useMyInvites";

const InviteCard = ({ invite }: { invite: ReceivedInvite }) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { busy, error, run } = useAsyncAction();

  const handleAnswer = (accept: boolean) =>
    void run(async () => {
      await respondToInvite(invite.workspaceId, accept);
      if (!accept) return notifySuccess(t("invites.declined"));
      notifySuccess(t("invites.accepted", { name: invite.workspaceName }));
      navigate(`/w/${invite.workspaceId}`);
    });

  return (
    <Card component="section" withBorder radius="md" padding="md" aria-label={invite.workspaceName}>
      <Stack gap="xs">
        <Text fw={600}>{invite.workspaceName}</Text>
        <Text size="sm" c="dimmed">
          {t("invites.from", { name: invite.invitedByName, role: t(`roles.${invite.role}`) })}
        </Text>
        <FormError message={error} />
        <Group gap="sm">
          <Button size="xs" loading={busy} onClick={() => handleAnswer(true)}>
            {t("invites.accept")}
          </Button>
          <Button size="xs" variant="default" disabled={busy} onClick={() => handleAnswer(false)}>
            {t("invites.decline")}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
};

export const MyInvitesList = () => {
  const { t } = useTranslation();
  const invites = useMyInvites();
  if (invites.status !== "ready" || invites.data.length === 0) return null;
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t("invites.title")}
      </Title>
      {invites.data.map((invite) => (
        <InviteCard key={invite.path} invite={invite} />
      ))}
    </Stack>
  );
};
