export { MembersPanel } from "./components/MembersPanel";
export { MyInvitesList } from "./components/MyInvitesList";
