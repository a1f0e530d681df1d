import { httpsCallable } from "firebase/functions";
import {
  memberSchema,
  paths,
  type AssignableRole,
  type TransferOwnershipRequest,
} from "@pano/domain";
import { functions } from "@/lib/firebase/functions";
import { typedDoc } from "@/lib/firebase/typedRefs";
import { deleteDocument, updateDocument } from "@/lib/firebase/writes";

const member = (workspaceId: string, uid: string) =>
  typedDoc(paths.member(workspaceId, uid), memberSchema);

export const changeMemberRole = (workspaceId: string, uid: string, role: AssignableRole) =>
  updateDocument(member(workspaceId, uid), { role });

// Removing someone else and leaving are the same write; the rules tell them apart.
export const removeMember = (workspaceId: string, uid: string) =>
  deleteDocument(member(workspaceId, uid));

const transferOwnershipCallable = httpsCallable<TransferOwnershipRequest, unknown>(
  functions,
  "transferOwnership",
);

export const transferOwnership = (workspaceId: string, newOwnerId: string) =>
  transferOwnershipCallable({ workspaceId, newOwnerId });
