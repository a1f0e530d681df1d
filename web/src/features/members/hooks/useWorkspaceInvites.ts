import type { Invite } from "@pano/domain";
import type { Row } from "@/lib/firebase/subscribe";
import { useSubscription } from "@/lib/useSubscription";
import { watchWorkspaceInvites } from "../data/invitesData";

export const useWorkspaceInvites = (workspaceId: string, enabled: boolean) =>
  useSubscription<Row<Invite>[]>(enabled ? `invites/${workspaceId}` : null, (listener) =>
    watchWorkspaceInvites(workspaceId, listener),
  );
