import { Badge, Select } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { assignableRoles, canChangeRoleOf, type AssignableRole, type Member } from "@pano/domain";
import { notifyError, notifySuccess } from "@/lib/notify";
import { useSignedInUser } from "@/session/useAuth";
import { useCurrentWorkspace } from "@/session/useCurrentWorkspace";
import { changeMemberRole } from "../data/membersData";

const isAssignable = (value: string | null): value is AssignableRole =>
  (assignableRoles as readonly (string | null)[]).includes(value);

export const MemberRoleCell = ({ member }: { member: Member }) => {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const { workspaceId, role } = useCurrentWorkspace();
  const label = t(`roles.${member.role}`);
  if (!canChangeRoleOf({ uid: user.uid, role }, member))
    return <Badge variant={member.role === "owner" ? "filled" : "light"}>{label}</Badge>;

  const handleChange = (value: string | null) => {
    if (!isAssignable(value) || value === member.role) return;
    changeMemberRole(workspaceId, member.uid, value).then(
      () =>
        notifySuccess(
          t("members.roleChanged", { name: member.displayName, role: t(`roles.${value}`) }),
        ),
      notifyError,
    );
  };

  return (
    <Select
      size="sm"
      w={150}
      aria-label={`${t("members.changeRole")}: ${member.displayName}`}
      value={member.role}
      allowDeselect={false}
      data={assignableRoles.map((value) => ({ value, label: t(`roles.${value}`) }))}
      onChange={handleChange}
    />
  );
};
