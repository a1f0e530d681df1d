import { deleteDoc, orderBy, query } from "firebase/firestore";
import { httpsCallable } from "firebase/functions";
import {
  memberSchema,
  paths,
  type AssignableRole,
  type Member,
  type TransferOwnershipRequest,
} from "@pano/domain";
import { functions } from "@/lib/firebase/functions";
import { subscribeQuery, type Listener, type Row } from "@/lib/firebase/subscribe";
import { typedCollection, typedDoc } from "@/lib/firebase/typedRefs";
import { updateDocument } from "@/lib/firebase/writes";

const member = (workspaceId: string, uid: string) =>
  typedDoc(paths.member(workspaceId, uid), memberSchema);

export const watchMembers = (workspaceId: string, listener: Listener<Row<Member>[]>) =>
  subscribeQuery(
    query(typedCollection(paths.members(workspaceId), memberSchema), orderBy("joinedAt")),
    listener,
  );

export const changeMemberRole = (workspaceId: string, uid: string, role: AssignableRole) =>
  updateDocument(member(workspaceId, uid), { role });

// Removing someone else and leaving are the same write; the rules tell them apart.
export const removeMember = (workspaceId: string, uid: string) =>
  deleteDoc(member(workspaceId, uid));

const transferOwnershipCallable = httpsCallable<TransferOwnershipRequest, unknown>(
  functions,
  "transferOwnership",
);

export const transferOwnership = (workspaceId: string, newOwnerId: string) =>
  transferOwnershipCallable({ workspaceId, newOwnerId });
