import { canWrite } from "@pano/domain";
import { useMembers } from "./useMembers";

// Members who can own or be assigned work (viewers cannot), as select options.
export const useAssignableMembers = (workspaceId: string) => {
  const members = useMembers(workspaceId);
  return members.status === "ready"
    ? members.data
        .filter((member) => canWrite(member.role))
        .map((member) => ({ value: member.uid, label: member.displayName }))
    : [];
};
