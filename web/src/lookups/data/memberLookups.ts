import { orderBy, query } from "firebase/firestore";
import { memberSchema, paths, type Member } from "@pano/domain";
import { subscribeQuery, type Listener, type Row } from "@/lib/firebase/subscribe";
import { typedCollection } from "@/lib/firebase/typedRefs";

export const watchMembers = (workspaceId: string, listener: Listener<Row<Member>[]>) =>
  subscribeQuery(
    query(typedCollection(paths.members(workspaceId), memberSchema), orderBy("joinedAt")),
    listener,
  );
