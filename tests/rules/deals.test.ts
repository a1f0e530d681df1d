import { assertFails, assertSucceeds } from "@firebase/rules-unit-testing";
import {
  deleteDoc,
  doc,
  getDoc,
  serverTimestamp,
  setDoc,
  Timestamp,
  updateDoc,
  type Firestore,
} from "firebase/firestore";
import { describe, it } from "vitest";
import { paths } from "@pano/domain";
import { seedCustomer } from "./support/crmData";
import {
  asUser,
  outsider,
  seedWorkspaces,
  signedOut,
  useRulesTestEnvironment,
  users,
  workspaceId,
  writeAroundRules,
} from "./support/rulesTestEnvironment";

const newDeal = (createdBy: string, overrides: Record<string, unknown> = {}) => ({
  title: "Web Sitesi Yenileme",
  customerId: "c1",
  value: 150000,
  currency: "TRY",
  expectedCloseAt: null,
  ownerId: users.member.uid,
  stage: "proposal",
  rank: "a0",
  lostReason: null,
  projectId: null,
  createdBy,
  createdAt: serverTimestamp(),
  updatedAt: serverTimestamp(),
  ...overrides,
});

const environment = useRulesTestEnvironment(async (env) => {
  await seedWorkspaces(env);
  await seedCustomer(env, "c1", users.member.uid);
  await env.withSecurityRulesDisabled(async (context) => {
    const db = context.firestore() as unknown as Firestore;
    await setDoc(doc(db, paths.deal(workspaceId, "d1")), {
      ...newDeal(users.member.uid),
      createdAt: Timestamp.now(),
      updatedAt: Timestamp.now(),
    });
  });
});
const writers = [users.owner, users.admin, users.member];

const dealRef = (actor: { uid: string; email: string }, id = "d1") =>
  doc(asUser(environment(), actor), paths.deal(workspaceId, id));

describe("deals create", () => {
  it.each(writers)("lets the $role add a deal", async (actor) => {
    await assertSucceeds(setDoc(dealRef(actor, "new"), newDeal(actor.uid)));
  });

  it("accepts the largest amount the form allows", async () => {
    const value = 999_999_999_999.99;
    await assertSucceeds(
      setDoc(dealRef(users.member, "new"), newDeal(users.member.uid, { value })),
    );
  });

  it("denies viewers, outsiders and signed-out users", async () => {
    await assertFails(setDoc(dealRef(users.viewer, "new"), newDeal(users.viewer.uid)));
    await assertFails(setDoc(dealRef(outsider, "new"), newDeal(outsider.uid)));
    await assertFails(
      setDoc(doc(signedOut(environment()), paths.deal(workspaceId, "new")), newDeal("x")),
    );
  });

  it.each([
    ["a stage the workspace does not have", { stage: "archived" }],
    ["a negative value", { value: -1 }],
    ["a value of 10^12", { value: 1e12 }],
    ["a text value", { value: "100" }],
    ["an unknown currency", { currency: "BTC" }],
    ["a projectId", { projectId: "p1" }],
    ["a missing customer", { customerId: "missing" }],
    ["an owner who is not a member", { ownerId: "outsider" }],
    ["no title", { title: "" }],
    ["another creator", { createdBy: "admin" }],
    ["an unknown field", { probability: 0.5 }],
    ["an empty lost reason", { stage: "lost", lostReason: "" }],
    ["a lost reason of 501 characters", { stage: "lost", lostReason: "x".repeat(501) }],
  ])("denies a deal with %s", async (_, overrides) => {
    await assertFails(setDoc(dealRef(users.member, "new"), newDeal(users.member.uid, overrides)));
  });
});

describe("deals read", () => {
  it.each(Object.values(users))("lets the $role read deals", async (actor) => {
    await assertSucceeds(getDoc(dealRef(actor)));
  });

  it("denies outsiders", async () => {
    await assertFails(getDoc(dealRef(outsider)));
  });
});

describe("deals move and edit", () => {
  const move = { stage: "won", rank: "a1", updatedAt: serverTimestamp() };

  it.each(writers)("lets the $role move a deal with one write", async (actor) => {
    await assertSucceeds(updateDoc(dealRef(actor), move));
  });

  it("lets a member mark a deal lost with a reason, and clear it when reopened", async () => {
    const lost = { stage: "lost", lostReason: "Bütçe yetmedi", updatedAt: serverTimestamp() };
    await assertSucceeds(updateDoc(dealRef(users.member), lost));
    await assertSucceeds(updateDoc(dealRef(users.member), { ...move, lostReason: null }));
  });

  it("denies viewers, unknown stages, setting projectId and rewriting creation", async () => {
    await assertFails(updateDoc(dealRef(users.viewer), move));
    await assertFails(updateDoc(dealRef(users.member), { ...move, stage: "archived" }));
    await assertFails(updateDoc(dealRef(users.member), { ...move, projectId: "p1" }));
    await assertFails(updateDoc(dealRef(users.member), { ...move, createdBy: users.admin.uid }));
    await assertFails(updateDoc(dealRef(users.member), { stage: "won", rank: "a1" }));
  });

  it("lets members move a deal whose owner left and whose customer was deleted, but not point it at others that do not exist", async () => {
    await writeAroundRules(
      environment(),
      paths.deal(workspaceId, "d-orphan"),
      newDeal(users.member.uid, { ownerId: "former", customerId: "gone" }),
    );
    const ref = dealRef(users.member, "d-orphan");
    await assertSucceeds(updateDoc(ref, move));
    await assertFails(updateDoc(ref, { ...move, ownerId: outsider.uid }));
    await assertFails(updateDoc(ref, { ...move, customerId: "missing" }));
  });
});

describe("deals delete", () => {
  it("lets the creator delete", async () => {
    await assertSucceeds(deleteDoc(dealRef(users.member)));
  });

  it.each([users.owner, users.admin])("lets the $role delete", async (actor) => {
    await assertSucceeds(deleteDoc(dealRef(actor)));
  });

  it("denies other members, viewers and outsiders", async () => {
    await assertSucceeds(setDoc(dealRef(users.admin, "d2"), newDeal(users.admin.uid)));
    await assertFails(deleteDoc(dealRef(users.member, "d2")));
    await assertFails(deleteDoc(dealRef(users.viewer)));
    await assertFails(deleteDoc(dealRef(outsider)));
  });
});
