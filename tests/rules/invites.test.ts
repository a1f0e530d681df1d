import { assertFails, assertSucceeds } from "@firebase/rules-unit-testing";
import {
  collection,
  collectionGroup,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  query,
  setDoc,
  where,
} from "firebase/firestore";
import { describe, it } from "vitest";
import { newInvite, newMember, paths, type AssignableRole } from "@pano/domain";
import { serverTime } from "./support/documents";
import {
  asUser,
  useRulesTestEnvironment,
  invitee,
  otherWorkspaceId,
  outsider,
  seedWorkspaces,
  signedOut,
  users,
  workspaceId,
} from "./support/rulesTestEnvironment";

const environment = useRulesTestEnvironment(seedWorkspaces);

const email = "yeni@demo.test";
const invite = (invitedBy: string, role: AssignableRole = "member") =>
  newInvite({ email, role }, "Demo Ajans", { uid: invitedBy, displayName: "Ayşe" }, serverTime());

describe("invites create", () => {
  it.each([users.owner, users.admin])("lets the $role invite by e-mail", async (actor) => {
    const db = asUser(environment(), actor);
    await assertSucceeds(setDoc(doc(db, paths.invite(workspaceId, email)), invite(actor.uid)));
    await assertSucceeds(
      setDoc(doc(db, paths.invite(workspaceId, email)), invite(actor.uid, "viewer")),
    );
  });

  it.each([users.member, users.viewer, outsider])("denies the $uid inviting", async (actor) => {
    const db = asUser(environment(), actor);
    await assertFails(setDoc(doc(db, paths.invite(workspaceId, email)), invite(actor.uid)));
  });

  it("denies malformed invites", async () => {
    const db = asUser(environment(), users.admin);
    const ref = doc(db, paths.invite(workspaceId, email));
    await assertFails(setDoc(ref, invite(users.owner.uid)));
    await assertFails(setDoc(ref, { ...invite(users.admin.uid), role: "owner" }));
    await assertFails(setDoc(ref, { ...invite(users.admin.uid), email: "YENI@demo.test" }));
    await assertFails(setDoc(ref, { ...invite(users.admin.uid), email: "other@demo.test" }));
    await assertFails(setDoc(ref, { ...invite(users.admin.uid), extra: 1 }));
    await assertFails(
      setDoc(doc(db, paths.invite(workspaceId, "not-an-email")), {
        ...invite(users.admin.uid),
        email: "not-an-email",
      }),
    );
  });

  it("denies inviting into another workspace", async () => {
    const db = asUser(environment(), users.owner);
    await assertFails(
      setDoc(doc(db, paths.invite(otherWorkspaceId, email)), invite(users.owner.uid)),
    );
  });
});

describe("invites read and revoke", () => {
  it.each([users.owner, users.admin])("lets the $role list and revoke invites", async (actor) => {
    const db = asUser(environment(), actor);
    await assertSucceeds(getDocs(collection(db, paths.invites(workspaceId))));
    await assertSucceeds(deleteDoc(doc(db, paths.invite(workspaceId, invitee.email))));
  });

  it.each([users.member, users.viewer, outsider])(
    "denies the $uid listing or revoking",
    async (actor) => {
      const db = asUser(environment(), actor);
      await assertFails(getDocs(collection(db, paths.invites(workspaceId))));
      await assertFails(deleteDoc(doc(db, paths.invite(workspaceId, invitee.email))));
    },
  );

  it("lets the invitee with a verified address find their invites, and nobody else", async () => {
    const mine = (db: ReturnType<typeof asUser>, address: string) =>
      getDocs(query(collectionGroup(db, "invites"), where("email", "==", address)));
    await assertSucceeds(mine(asUser(environment(), invitee), invitee.email));
    await assertSucceeds(
      getDoc(doc(asUser(environment(), invitee), paths.invite(workspaceId, invitee.email))),
    );
    await assertFails(mine(asUser(environment(), invitee, false), invitee.email));
    await assertFails(mine(asUser(environment(), outsider), invitee.email));
    await assertFails(mine(signedOut(environment()), invitee.email));
  });

  it("denies the invitee answering by writing directly", async () => {
    const db = asUser(environment(), invitee);
    await assertFails(deleteDoc(doc(db, paths.invite(workspaceId, invitee.email))));
    await assertFails(
      setDoc(
        doc(db, paths.member(workspaceId, invitee.uid)),
        newMember({ ...invitee, displayName: "Invitee" }, "member", serverTime()),
      ),
    );
  });
});

describe("everything else", () => {
  // Reading stats is tested in stats.test.ts; writing them stays closed to every client.
  it("denies writes to function-kept collections and anything the contract does not open", async () => {
    const db = asUser(environment(), users.owner);
    await assertFails(setDoc(doc(db, `workspaces/${workspaceId}/stats/s1`), { total: 1 }));
    await assertFails(setDoc(doc(db, `workspaces/${workspaceId}/activity/a1`), { what: "x" }));
    await assertFails(setDoc(doc(db, "anything/else"), { a: 1 }));
  });
});
