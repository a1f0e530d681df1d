import { useMemo } from "react";
import { assignableOptions } from "../utils/assignableOptions";
import { useMembers } from "./useMembers";

// The members who can own or be assigned work, as select options; the same array until the
// members change, so lists that take it need not render again.
export const useAssignableMembers = (workspaceId: string) => {
  const members = useMembers(workspaceId);
  return useMemo(
    () => (members.status === "ready" ? assignableOptions(members.data) : []),
    [members],
  );
};
