import { useSubscription } from "@/lib/useSubscription";
import { watchMyWorkspaces, type WorkspaceSummary } from "../data/workspacesData";

export const useMyWorkspaces = (uid: string) =>
  useSubscription<WorkspaceSummary[]>(`my-workspaces/${uid}`, (listener) =>
    watchMyWorkspaces(uid, listener),
  );
