import { Button, Group, Select, Text, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { assignableRoles, inviteFormSchema, limits, truncateText, type Member } from "@pano/domain";
import { notifyError, notifySuccess } from "@/lib/notify";
import { useZodForm } from "@/lib/useZodForm";
import { useSignedInUser } from "@/session/useAuth";
import { useCurrentWorkspace } from "@/session/useCurrentWorkspace";
import { inviteMember } from "../data/invitesData";

export const InviteMemberForm = ({ members }: { members: Member[] }) => {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const { workspaceId, workspace } = useCurrentWorkspace();
  const { form, field, parse } = useZodForm(inviteFormSchema, { email: "", role: "member" });

  // The form clears at once; if the server rejects the invite, what was typed comes back.
  const handleSubmit = form.onSubmit((values) => {
    const invite = parse(values);
    if (members.some((member) => member.email === invite.email)) {
      form.setFieldError("email", t("invites.alreadyMember", { email: invite.email }));
      return;
    }
    const inviter = {
      uid: user.uid,
      displayName: truncateText(user.displayName || user.email || "?", limits.displayName),
    };
    form.reset();
    inviteMember(workspaceId, workspace.name, inviter, invite).then(
      () => notifySuccess(t("invites.sent", { email: invite.email })),
      (error: unknown) => {
        form.setValues(values);
        notifyError(error);
      },
    );
  });

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={t("invites.inviteTitle")}>
      <Group align="flex-start" wrap="wrap">
        <TextInput
          label={t("members.email")}
          type="email"
          style={{ flex: "2 1 240px" }}
          {...field("email")}
        />
        <Select
          label={t("members.role")}
          data={assignableRoles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
          allowDeselect={false}
          style={{ flex: "1 1 140px" }}
          {...field("role")}
        />
        <Button type="submit" mt={25}>
          {t("invites.invite")}
        </Button>
      </Group>
      <Text size="xs" c="dimmed" mt="xs">
        {t("invites.howToJoin")}
      </Text>
    </form>
  );
};
