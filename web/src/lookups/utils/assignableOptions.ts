import { canWrite, type Member } from "@pano/domain";

// Members who can own or be assigned work (viewers cannot), as select options.
export const assignableOptions = (members: Member[]) =>
  members
    .filter((member) => canWrite(member.role))
    .map((member) => ({ value: member.uid, label: member.displayName }));
