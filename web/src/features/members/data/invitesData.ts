import { deleteDoc, query, serverTimestamp, where } from "firebase/firestore";
import { httpsCallable } from "firebase/functions";
import {
  collectionGroups,
  inviteSchema,
  paths,
  type Invite,
  type InviteForm,
  type RespondToInviteRequest,
} from "@pano/domain";
import { functions } from "@/lib/firebase/functions";
import { subscribeQuery, type Listener, type Row } from "@/lib/firebase/subscribe";
import { rawDoc, typedCollection, typedCollectionGroup } from "@/lib/firebase/typedRefs";
import { setDocument } from "@/lib/firebase/writes";

export type ReceivedInvite = Row<Invite> & { workspaceId: string };

type Inviter = { uid: string; displayName: string };

export const inviteMember = (
  workspaceId: string,
  workspaceName: string,
  inviter: Inviter,
  { email, role }: InviteForm,
) =>
  setDocument(rawDoc(paths.invite(workspaceId, email)), {
    email,
    role,
    workspaceName,
    invitedBy: inviter.uid,
    invitedByName: inviter.displayName,
    createdAt: serverTimestamp(),
  });

export const revokeInvite = (workspaceId: string, email: string) =>
  deleteDoc(rawDoc(paths.invite(workspaceId, email)));

export const watchWorkspaceInvites = (workspaceId: string, listener: Listener<Row<Invite>[]>) =>
  subscribeQuery(typedCollection(paths.invites(workspaceId), inviteSchema), listener);

// Every pending invite addressed to this (verified) e-mail, in any workspace.
export const watchMyInvites = (email: string, listener: Listener<ReceivedInvite[]>) =>
  subscribeQuery(
    query(
      typedCollectionGroup(collectionGroups.invites, inviteSchema),
      where("email", "==", email),
    ),
    {
      next: (rows) =>
        listener.next(rows.map((row) => ({ ...row, workspaceId: row.path.split("/")[1] ?? "" }))),
      error: listener.error,
    },
  );

const respondToInviteCallable = httpsCallable<RespondToInviteRequest, unknown>(
  functions,
  "respondToInvite",
);

export const respondToInvite = (workspaceId: string, accept: boolean) =>
  respondToInviteCallable({ workspaceId, accept });
