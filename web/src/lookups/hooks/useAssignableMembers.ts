import { useMemo } from "react";
import { canWrite } from "@pano/domain";
import { useMembers } from "./useMembers";

// Members who can own or be assigned work (viewers cannot), as select options; the same array
// until the members change, so lists that take it need not render again.
export const useAssignableMembers = (workspaceId: string) => {
  const members = useMembers(workspaceId);
  return useMemo(
    () =>
      members.status === "ready"
        ? members.data
            .filter((member) => canWrite(member.role))
            .map((member) => ({ value: member.uid, label: member.displayName }))
        : [],
    [members],
  );
};
