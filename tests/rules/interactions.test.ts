import { assertFails, assertSucceeds } from "@firebase/rules-unit-testing";
import {
  collection,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  serverTimestamp,
  setDoc,
  Timestamp,
  updateDoc,
  writeBatch,
} from "firebase/firestore";
import { describe, it } from "vitest";
import { paths } from "@pano/domain";
import { customerDoc, interactionDoc, seedCustomer, seedInteraction } from "./support/documents";
import {
  asUser,
  outsider,
  seedWorkspaces,
  signedOut,
  useRulesTestEnvironment,
  users,
  workspaceId,
} from "./support/rulesTestEnvironment";

const environment = useRulesTestEnvironment(async (env) => {
  await seedWorkspaces(env);
  await seedCustomer(env, "c1", users.member.uid);
  await seedInteraction(env, "i1", users.member.uid, "c1");
});
const writers = [users.owner, users.admin, users.member];

const interactionRef = (actor: { uid: string; email: string }, id = "i1") =>
  doc(asUser(environment(), actor), paths.interaction(workspaceId, id));

describe("interactions create", () => {
  it.each(writers)("lets the $role log an interaction", async (actor) => {
    await assertSucceeds(setDoc(interactionRef(actor, "new"), interactionDoc(actor.uid, "c1")));
  });

  it("allows a customer and its first interaction in one batch", async () => {
    const db = asUser(environment(), users.member);
    const batch = writeBatch(db);
    batch.set(doc(db, paths.customer(workspaceId, "c2")), customerDoc(users.member.uid));
    batch.set(
      doc(db, paths.interaction(workspaceId, "new")),
      interactionDoc(users.member.uid, "c2"),
    );
    await assertSucceeds(batch.commit());
  });

  it("denies viewers, outsiders and signed-out users", async () => {
    await assertFails(
      setDoc(interactionRef(users.viewer, "new"), interactionDoc(users.viewer.uid, "c1")),
    );
    await assertFails(setDoc(interactionRef(outsider, "new"), interactionDoc(outsider.uid, "c1")));
    await assertFails(
      setDoc(
        doc(signedOut(environment()), paths.interaction(workspaceId, "new")),
        interactionDoc("x", "c1"),
      ),
    );
  });

  it.each([
    ["a customer that does not exist", { customerId: "missing" }],
    ["an unknown type", { type: "fax" }],
    ["no subject", { subject: "" }],
    ["a long body", { body: "x".repeat(10_001) }],
    ["a zero duration", { durationMinutes: 0 }],
    ["a fractional duration", { durationMinutes: 1.5 }],
    ["a text date", { occurredAt: "yesterday" }],
    ["a text follow-up", { followUpAt: "tomorrow" }],
    ["another author", { createdBy: "admin" }],
    ["a client createdAt", { createdAt: Timestamp.now() }],
    ["an unknown field", { priority: "high" }],
  ])("denies an interaction with %s", async (_, broken) => {
    await assertFails(
      setDoc(interactionRef(users.member, "new"), {
        ...interactionDoc(users.member.uid, "c1"),
        ...broken,
      }),
    );
  });
});

describe("interactions read", () => {
  it.each(Object.values(users))("lets the $role read the history", async (actor) => {
    await assertSucceeds(getDoc(interactionRef(actor)));
    await assertSucceeds(
      getDocs(collection(asUser(environment(), actor), paths.interactions(workspaceId))),
    );
  });

  it("denies outsiders and signed-out users", async () => {
    await assertFails(getDoc(interactionRef(outsider)));
    await assertFails(getDoc(doc(signedOut(environment()), paths.interaction(workspaceId, "i1"))));
  });
});

describe("interactions update", () => {
  const edit = { subject: "Tanışma görüşmesi (güncel)", updatedAt: serverTimestamp() };

  it("lets the author edit their own interaction", async () => {
    await assertSucceeds(updateDoc(interactionRef(users.member), edit));
  });

  it("denies everyone else, admins included, and moving it to another customer", async () => {
    await assertFails(updateDoc(interactionRef(users.owner), edit));
    await assertFails(updateDoc(interactionRef(users.admin), edit));
    await assertFails(updateDoc(interactionRef(users.viewer), edit));
    await seedCustomer(environment(), "c2", users.member.uid);
    await assertFails(updateDoc(interactionRef(users.member), { ...edit, customerId: "c2" }));
    await assertFails(
      updateDoc(interactionRef(users.member), { ...edit, createdAt: serverTimestamp() }),
    );
  });
});

describe("interactions delete", () => {
  it("lets the author delete their own", async () => {
    await assertSucceeds(deleteDoc(interactionRef(users.member)));
  });

  it.each([users.owner, users.admin])("lets the $role delete any", async (actor) => {
    await assertSucceeds(deleteDoc(interactionRef(actor)));
  });

  it("denies other members, viewers and outsiders", async () => {
    await seedInteraction(environment(), "i2", users.admin.uid, "c1");
    await assertFails(deleteDoc(interactionRef(users.member, "i2")));
    await assertFails(deleteDoc(interactionRef(users.viewer)));
    await assertFails(deleteDoc(interactionRef(outsider)));
  });
});
