import { query, where } from "firebase/firestore";
import { httpsCallable } from "firebase/functions";
import {
  collectionGroups,
  inviteSchema,
  newInvite,
  paths,
  type Invite,
  type InviteForm,
  type RespondToInviteRequest,
} from "@pano/domain";
import { functions } from "@/lib/firebase/functions";
import { subscribeQuery, type Listener, type Row } from "@/lib/firebase/subscribe";
import { typedCollection, typedCollectionGroup, typedDoc } from "@/lib/firebase/typedRefs";
import { deleteDocument, serverTime, setDocument } from "@/lib/firebase/writes";

const invite = (workspaceId: string, email: string) =>
  typedDoc(paths.invite(workspaceId, email), inviteSchema);

export type ReceivedInvite = Row<Invite> & { workspaceId: string };

type Inviter = { uid: string; displayName: string };

export const inviteMember = (
  workspaceId: string,
  workspaceName: string,
  inviter: Inviter,
  form: InviteForm,
) =>
  setDocument(
    invite(workspaceId, form.email),
    newInvite(form, workspaceName, inviter, serverTime()),
  );

export const revokeInvite = (workspaceId: string, email: string) =>
  deleteDocument(invite(workspaceId, email));

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
