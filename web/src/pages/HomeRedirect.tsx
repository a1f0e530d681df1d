import { lastWorkspace, useMyWorkspaces } from "@/features/workspaces";
import { useSignedInUser } from "@/session/useAuth";
import { LoadingScreen } from "@/ui/LoadingScreen";
import { RedirectingScreen } from "@/ui/RedirectingScreen";

// Reopens the last workspace used on this device, or the only one, or the list.
export const HomeRedirect = () => {
  const user = useSignedInUser();
  const workspaces = useMyWorkspaces(user.uid);
  if (workspaces.status === "loading") return <LoadingScreen />;
  const ids = workspaces.status === "ready" ? workspaces.data.map((workspace) => workspace.id) : [];
  const last = lastWorkspace(user.uid);
  const target = last && ids.includes(last) ? last : ids.length === 1 ? ids[0] : null;
  return <RedirectingScreen to={target ? `/w/${target}` : "/workspaces"} />;
};
