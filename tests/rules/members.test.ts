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
  Timestamp,
  updateDoc,
  where,
} from "firebase/firestore";
import { describe, it } from "vitest";
import { newMember, paths, type Role } from "@pano/domain";
import { serverTime } from "./support/documents";
import {
  asUser,
  useRulesTestEnvironment,
  outsider,
  seedWorkspaces,
  signedOut,
  users,
  workspaceId,
} from "./support/rulesTestEnvironment";

const environment = useRulesTestEnvironment(seedWorkspaces);

const memberRef = (actor: { uid: string; email: string }, uid: string) =>
  doc(asUser(environment(), actor), paths.member(workspaceId, uid));

describe("members read", () => {
  it.each(Object.values(users))("lets the $role list the team", async (user) => {
    await assertSucceeds(
      getDocs(collection(asUser(environment(), user), paths.members(workspaceId))),
    );
  });

  it("denies outsiders and signed-out users", async () => {
    await assertFails(
      getDocs(collection(asUser(environment(), outsider), paths.members(workspaceId))),
    );
    await assertFails(
      getDoc(doc(signedOut(environment()), paths.member(workspaceId, users.owner.uid))),
    );
  });

  it("lets a user find only their own memberships across workspaces", async () => {
    const db = asUser(environment(), users.member);
    await assertSucceeds(
      getDocs(query(collectionGroup(db, "members"), where("uid", "==", users.member.uid))),
    );
    await assertFails(
      getDocs(query(collectionGroup(db, "members"), where("uid", "==", outsider.uid))),
    );
    await assertFails(getDocs(collectionGroup(db, "members")));
  });
});

describe("members role changes", () => {
  it.each([users.owner, users.admin])(
    "lets the $role change another member's role",
    async (actor) => {
      await assertSucceeds(updateDoc(memberRef(actor, users.member.uid), { role: "viewer" }));
      await assertSucceeds(updateDoc(memberRef(actor, users.viewer.uid), { role: "admin" }));
    },
  );

  it("lets the owner demote an admin", async () => {
    await assertSucceeds(updateDoc(memberRef(users.owner, users.admin.uid), { role: "member" }));
  });

  it.each([users.member, users.viewer, outsider])(
    "denies the $uid changing roles",
    async (actor) => {
      await assertFails(updateDoc(memberRef(actor, users.viewer.uid), { role: "member" }));
    },
  );

  it("denies anyone raising their own role", async () => {
    await assertFails(updateDoc(memberRef(users.member, users.member.uid), { role: "admin" }));
    await assertFails(updateDoc(memberRef(users.viewer, users.viewer.uid), { role: "member" }));
    await assertFails(updateDoc(memberRef(users.admin, users.admin.uid), { role: "owner" }));
  });

  it("denies touching the owner or making a second owner", async () => {
    await assertFails(updateDoc(memberRef(users.admin, users.owner.uid), { role: "member" }));
    await assertFails(updateDoc(memberRef(users.owner, users.admin.uid), { role: "owner" }));
    await assertFails(updateDoc(memberRef(users.owner, users.owner.uid), { role: "admin" }));
  });

  it("denies unknown roles and changes to other fields", async () => {
    await assertFails(updateDoc(memberRef(users.owner, users.member.uid), { role: "superuser" }));
    await assertFails(updateDoc(memberRef(users.owner, users.member.uid), { email: "x@y.test" }));
    await assertFails(
      updateDoc(memberRef(users.owner, users.member.uid), { joinedAt: Timestamp.now() }),
    );
  });

  it("lets a member rename themselves, but nobody else's name", async () => {
    await assertSucceeds(
      updateDoc(memberRef(users.viewer, users.viewer.uid), { displayName: "Can Ö." }),
    );
    await assertFails(updateDoc(memberRef(users.viewer, users.member.uid), { displayName: "X" }));
    await assertFails(updateDoc(memberRef(users.viewer, users.viewer.uid), { displayName: "" }));
  });
});

describe("members create", () => {
  it("denies adding members directly: joining goes through an invite", async () => {
    const joining = (role: Role) =>
      newMember({ ...outsider, displayName: "Dışarıdan" }, role, serverTime());
    await assertFails(setDoc(memberRef(users.owner, outsider.uid), joining("member")));
    await assertFails(setDoc(memberRef(outsider, outsider.uid), joining("viewer")));
  });
});

describe("members remove and leave", () => {
  it.each([users.owner, users.admin])("lets the $role remove a member", async (actor) => {
    await assertSucceeds(deleteDoc(memberRef(actor, users.viewer.uid)));
  });

  it("denies removing the owner, and members removing others", async () => {
    await assertFails(deleteDoc(memberRef(users.admin, users.owner.uid)));
    await assertFails(deleteDoc(memberRef(users.member, users.viewer.uid)));
    await assertFails(deleteDoc(memberRef(outsider, users.viewer.uid)));
  });

  it.each([users.admin, users.member, users.viewer])("lets the $role leave", async (actor) => {
    await assertSucceeds(deleteDoc(memberRef(actor, actor.uid)));
  });

  it("denies the owner leaving: ownership must be handed over first", async () => {
    await assertFails(deleteDoc(memberRef(users.owner, users.owner.uid)));
  });
});
