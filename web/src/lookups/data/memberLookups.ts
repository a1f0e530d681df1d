import { orderBy, query } from "firebase/firestore";
import { memberSchema, paths, type Member } from "@pano/domain";
import {
  subscribeQuery,
  watchQueries,
  type Listener,
  type Row,
  type WatchedRows,
} from "@/lib/firebase/subscribe";
import { typedCollection } from "@/lib/firebase/typedRefs";

const membersQuery = (workspaceId: string) =>
  query(typedCollection(paths.members(workspaceId), memberSchema), orderBy("joinedAt"));

export const watchMembers = (workspaceId: string, listener: Listener<Row<Member>[]>) =>
  subscribeQuery(membersQuery(workspaceId), listener);

// The same query (the SDK listens to it once), saying whether the server has answered: the cache
// may hold only the signed-in person's membership, and anyone missing from it is not yet someone
// who left.
export const watchMembersConfirmed = (
  workspaceId: string,
  listener: Listener<WatchedRows<Member>>,
) => watchQueries([membersQuery(workspaceId)], listener);
