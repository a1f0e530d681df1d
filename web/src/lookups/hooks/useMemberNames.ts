import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { Member } from "@pano/domain";
import type { WatchedRows } from "@/lib/firebase/subscribe";
import { useSubscription } from "@/lib/useSubscription";
import { watchMembersConfirmed } from "../data/memberLookups";

// A lookup from member uid to display name: "" for nobody or while loading, and a plain
// "former member" for someone the server confirms has left the workspace (their deals and tasks
// stay).
export const useMemberNames = (workspaceId: string) => {
  const { t } = useTranslation();
  const members = useSubscription<WatchedRows<Member>>(`member-names/${workspaceId}`, (listener) =>
    watchMembersConfirmed(workspaceId, listener),
  );
  return useMemo(() => {
    const ready = members.status === "ready";
    const names = new Map(
      ready ? members.data.rows.map((member) => [member.uid, member.displayName]) : [],
    );
    const former = ready && members.data.confirmed ? t("members.former") : "";
    return (uid: string | null) => (uid ? (names.get(uid) ?? former) : "");
  }, [members, t]);
};
