import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { canLeave } from "@pano/domain";
import { notifyError, notifySuccess } from "@/lib/notify";
import { useSignedInUser } from "@/session/useAuth";
import { useCurrentWorkspace } from "@/session/useCurrentWorkspace";
import { ConfirmButton } from "@/ui/ConfirmButton";
import { removeMember } from "../data/membersData";

export const LeaveWorkspaceButton = () => {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const navigate = useNavigate();
  const { workspaceId, workspace, role } = useCurrentWorkspace();
  if (!canLeave(role))
    return (
      <Text size="sm" c="dimmed">
        {t("members.ownerCannotLeave")}
      </Text>
    );

  const handleLeave = () =>
    removeMember(workspaceId, user.uid).then(() => {
      notifySuccess(t("members.left"));
      navigate("/workspaces");
    }, notifyError);

  return (
    <ConfirmButton
      variant="light"
      color="red"
      title={t("members.leave")}
      message={t("members.leaveConfirm", { name: workspace.name })}
      confirmLabel={t("members.leave")}
      onConfirm={() => void handleLeave()}
    >
      {t("members.leave")}
    </ConfirmButton>
  );
};
