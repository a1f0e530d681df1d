import type { DocumentWrite, WriteTime } from "../documents/documentWrite";
import type { Invite, InviteForm, Member } from "./memberSchema";
import type { Role } from "./roles";

type Person = { uid: string; displayName: string; email: string };

export const newMember = (person: Person, role: Role, now: WriteTime): DocumentWrite<Member> => ({
  uid: person.uid,
  role,
  displayName: person.displayName,
  email: person.email,
  joinedAt: now,
});

// The workspace's and the inviter's names are copied in: the invitee cannot read them yet.
export const newInvite = (
  { email, role }: InviteForm,
  workspaceName: string,
  inviter: { uid: string; displayName: string },
  now: WriteTime,
): DocumentWrite<Invite> => ({
  email,
  role,
  workspaceName,
  invitedBy: inviter.uid,
  invitedByName: inviter.displayName,
  createdAt: now,
});
