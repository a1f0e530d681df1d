import { Group } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { canChangeRoleOf, type Member } from "@pano/domain";
import { notifyError, notifySuccess } from "@/lib/notify";
import { useSignedInUser } from "@/session/useAuth";
import { useCurrentWorkspace } from "@/session/useCurrentWorkspace";
import { ConfirmButton } from "@/ui/ConfirmButton";
import { removeMember, transferOwnership } from "../data/membersData";

export const MemberActions = ({ member }: { member: Member }) => {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const { workspaceId, role } = useCurrentWorkspace();
  const name = member.displayName;
  const canRemove = canChangeRoleOf({ uid: user.uid, role }, member);
  const canTransfer = role === "owner" && member.uid !== user.uid;

  const handleRemove = () =>
    removeMember(workspaceId, member.uid).then(
      () => notifySuccess(t("members.removed", { name })),
      notifyError,
    );
  const handleTransfer = () =>
    transferOwnership(workspaceId, member.uid).then(
      () => notifySuccess(t("members.transferred", { name })),
      notifyError,
    );

  return (
    <Group gap="xs" justify="flex-end" wrap="nowrap">
      {canTransfer && (
        <ConfirmButton
          size="xs"
          variant="subtle"
          color="blue"
          title={t("members.transfer")}
          message={t("members.transferConfirm", { name })}
          confirmLabel={t("members.transfer")}
          onConfirm={() => void handleTransfer()}
        >
          {t("members.transfer")}
        </ConfirmButton>
      )}
      {canRemove && (
        <ConfirmButton
          size="xs"
          variant="subtle"
          color="red"
          title={t("members.remove")}
          message={t("members.removeConfirm", { name })}
          confirmLabel={t("members.remove")}
          onConfirm={() => void handleRemove()}
        >
          {t("members.remove")}
        </ConfirmButton>
      )}
    </Group>
  );
};
