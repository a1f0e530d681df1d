export { MembersPanel } from "./components/MembersPanel";
export { MyInvitesList } from "./components/MyInvitesList";
export { useMembers } from "./hooks/useMembers";
export { useAssignableMembers } from "./hooks/useAssignableMembers";
export { useMemberNames } from "./hooks/useMemberNames";
