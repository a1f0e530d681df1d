import { useEffect, type ReactNode } from "react";
import { stagesIn, type Member, type Workspace } from "@pano/domain";
import type { Row } from "@/lib/firebase/subscribe";
import { useLocale } from "@/lib/i18n";
import { useSubscription } from "@/lib/useSubscription";
import { useSignedInUser } from "@/session/useAuth";
import { LoadingScreen } from "@/ui/LoadingScreen";
import { watchMembership, watchWorkspace } from "../data/workspacesData";
import { rememberLastWorkspace } from "../hooks/lastWorkspace";
import { WorkspaceContext } from "@/session/workspaceContext";
import { WorkspaceNotFound } from "./WorkspaceNotFound";

export const WorkspaceProvider = ({
  workspaceId,
  children,
}: {
  workspaceId: string;
  children: ReactNode;
}) => {
  const user = useSignedInUser();
  const locale = useLocale();
  const membership = useSubscription<Row<Member> | null>(
    `membership/${workspaceId}/${user.uid}`,
    (listener) => watchMembership(workspaceId, user.uid, listener),
  );
  const isMember = membership.status === "ready" && membership.data !== null;
  // Reading the workspace before membership is known would only fail the rules check.
  const workspace = useSubscription<Row<Workspace> | null>(
    isMember ? `workspace/${workspaceId}` : null,
    (listener) => watchWorkspace(workspaceId, listener),
  );

  useEffect(() => {
    if (isMember) rememberLastWorkspace(user.uid, workspaceId);
  }, [isMember, user.uid, workspaceId]);

  if (membership.status === "error" || (membership.status === "ready" && !membership.data))
    return <WorkspaceNotFound />;
  if (workspace.status === "error" || (workspace.status === "ready" && !workspace.data))
    return <WorkspaceNotFound />;
  if (
    membership.status !== "ready" ||
    workspace.status !== "ready" ||
    !membership.data ||
    !workspace.data
  )
    return <LoadingScreen />;

  return (
    <WorkspaceContext.Provider
      value={{
        workspaceId,
        // Default stages read in the UI language until renamed; the stored names stay as they are.
        workspace: { ...workspace.data, stages: stagesIn(workspace.data.stages, locale) },
        role: membership.data.role,
      }}
    >
      {children}
    </WorkspaceContext.Provider>
  );
};
