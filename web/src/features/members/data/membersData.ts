import { deleteDoc } from "firebase/firestore";
import { httpsCallable } from "firebase/functions";
import { paths, type AssignableRole, type TransferOwnershipRequest } from "@pano/domain";
import { functions } from "@/lib/firebase/functions";
import { rawDoc } from "@/lib/firebase/typedRefs";
import { updateDocument } from "@/lib/firebase/writes";

export const changeMemberRole = (workspaceId: string, uid: string, role: AssignableRole) =>
  updateDocument(rawDoc(paths.member(workspaceId, uid)), { role });

// Removing someone else and leaving are the same write; the rules tell them apart.
export const removeMember = (workspaceId: string, uid: string) =>
  deleteDoc(rawDoc(paths.member(workspaceId, uid)));

const transferOwnershipCallable = httpsCallable<TransferOwnershipRequest, unknown>(
  functions,
  "transferOwnership",
);

export const transferOwnership = (workspaceId: string, newOwnerId: string) =>
  transferOwnershipCallable({ workspaceId, newOwnerId });
