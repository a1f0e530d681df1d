import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useMembers } from "./useMembers";

// A lookup from member uid to display name: "" for nobody or while loading, and a plain
// "former member" for someone who has left the workspace (their deals and tasks stay).
export const useMemberNames = (workspaceId: string) => {
  const { t } = useTranslation();
  const members = useMembers(workspaceId);
  return useMemo(() => {
    const ready = members.status === "ready";
    const names = new Map(
      ready ? members.data.map((member) => [member.uid, member.displayName]) : [],
    );
    const former = ready ? t("members.former") : "";
    return (uid: string | null) => (uid ? (names.get(uid) ?? former) : "");
  }, [members, t]);
};
