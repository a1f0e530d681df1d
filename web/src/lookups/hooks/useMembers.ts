import type { Member } from "@pano/domain";
import type { Row } from "@/lib/firebase/subscribe";
import { useSubscription } from "@/lib/useSubscription";
import { watchMembers } from "../data/memberLookups";

export const useMembers = (workspaceId: string) =>
  useSubscription<Row<Member>[]>(`members/${workspaceId}`, (listener) =>
    watchMembers(workspaceId, listener),
  );
