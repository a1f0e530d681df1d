import { assertFails, assertSucceeds } from "@firebase/rules-unit-testing";
import {
  deleteDoc,
  doc,
  getDoc,
  serverTimestamp,
  setDoc,
  Timestamp,
  updateDoc,
} from "firebase/firestore";
import { describe, it } from "vitest";
import { paths } from "@pano/domain";
import { dealDoc, projectDoc, seedCustomer } from "./support/documents";
import {
  asUser,
  outsider,
  seedWorkspaces,
  signedOut,
  storedAt,
  useRulesTestEnvironment,
  users,
  workspaceId,
  writeAroundRules,
} from "./support/rulesTestEnvironment";

const environment = useRulesTestEnvironment(async (env) => {
  await seedWorkspaces(env);
  await seedCustomer(env, "c1", users.member.uid);
  await seedCustomer(env, "c2", users.member.uid);
  const deal = dealDoc(users.member.uid, storedAt);
  // Projects made by hand for a customer (no deal) or already some deal's.
  const project = (customerId: string, dealId: string | null) => ({
    ...projectDoc(users.member.uid, storedAt),
    customerId,
    dealId,
  });
  await writeAroundRules(env, {
    [paths.deal(workspaceId, "d1")]: deal,
    [paths.deal(workspaceId, "d-won")]: { ...deal, stage: "won", projectId: "p-won" },
    [paths.project(workspaceId, "p-hand")]: project("c1", null),
    [paths.project(workspaceId, "p-won")]: project("c1", "d-won"),
    [paths.project(workspaceId, "p-c2")]: project("c2", null),
  });
});
const writers = [users.owner, users.admin, users.member];

const dealRef = (actor: { uid: string; email: string }, id = "d1") =>
  doc(asUser(environment(), actor), paths.deal(workspaceId, id));

describe("deals create", () => {
  it.each(writers)("lets the $role add a deal", async (actor) => {
    await assertSucceeds(setDoc(dealRef(actor, "new"), dealDoc(actor.uid)));
  });

  it("accepts the largest amount the form allows", async () => {
    const value = 999_999_999_999.99;
    await assertSucceeds(
      setDoc(dealRef(users.member, "new"), { ...dealDoc(users.member.uid), value }),
    );
  });

  it("denies viewers, outsiders and signed-out users", async () => {
    await assertFails(setDoc(dealRef(users.viewer, "new"), dealDoc(users.viewer.uid)));
    await assertFails(setDoc(dealRef(outsider, "new"), dealDoc(outsider.uid)));
    await assertFails(
      setDoc(doc(signedOut(environment()), paths.deal(workspaceId, "new")), dealDoc("x")),
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
    ["another writer", { updatedBy: users.admin.uid }],
    ["no writer", { updatedBy: null }],
    ["an unknown field", { probability: 0.5 }],
    ["an empty lost reason", { stage: "lost", lostReason: "" }],
    ["a lost reason of 501 characters", { stage: "lost", lostReason: "x".repeat(501) }],
    ["an infinite value", { value: Number.POSITIVE_INFINITY }],
    ["a value that is not a number", { value: Number.NaN }],
    ["a value of 10^12", { value: 1e12 }],
    ["an absurd value", { value: 1e300 }],
  ])("denies a deal with %s", async (_, broken) => {
    await assertFails(
      setDoc(dealRef(users.member, "new"), { ...dealDoc(users.member.uid), ...broken }),
    );
  });
});

describe("deal values", () => {
  it.each([0, 0.5, 1500.75, 999_999_999_999.99])("accepts %d", async (value) => {
    await assertSucceeds(
      setDoc(dealRef(users.member, "new"), { ...dealDoc(users.member.uid), value }),
    );
  });

  it("refuses an edit to an infinite value", async () => {
    await assertFails(
      updateDoc(dealRef(users.member), {
        value: Number.POSITIVE_INFINITY,
        updatedBy: users.member.uid,
        updatedAt: serverTimestamp(),
      }),
    );
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
  const movedBy = (writer: string) => ({
    stage: "won",
    rank: "a1",
    updatedBy: writer,
    updatedAt: serverTimestamp(),
  });
  const move = movedBy(users.member.uid);

  it.each(writers)("lets the $role move a deal with one write", async (actor) => {
    await assertSucceeds(updateDoc(dealRef(actor), movedBy(actor.uid)));
  });

  it("lets a member hand a deal to another member, naming themselves as the writer", async () => {
    await assertSucceeds(updateDoc(dealRef(users.member), { ...move, ownerId: users.admin.uid }));
    await assertFails(updateDoc(dealRef(users.member), { ...move, updatedBy: users.admin.uid }));
    await assertFails(updateDoc(dealRef(users.member), { stage: "won", updatedBy: null }));
  });

  it("lets a member mark a deal lost with a reason, and clear it when reopened", async () => {
    const lost = {
      stage: "lost",
      lostReason: "Bütçe yetmedi",
      updatedBy: users.member.uid,
      updatedAt: serverTimestamp(),
    };
    await assertSucceeds(updateDoc(dealRef(users.member), lost));
    await assertSucceeds(updateDoc(dealRef(users.member), { ...move, lostReason: null }));
  });

  it("denies viewers, unknown stages, setting projectId and rewriting creation", async () => {
    await assertFails(updateDoc(dealRef(users.viewer), movedBy(users.viewer.uid)));
    await assertFails(updateDoc(dealRef(users.member), { ...move, stage: "archived" }));
    await assertFails(updateDoc(dealRef(users.member), { ...move, projectId: "p1" }));
    await assertFails(updateDoc(dealRef(users.member), { ...move, createdBy: users.admin.uid }));
    await assertFails(updateDoc(dealRef(users.member), { stage: "won", rank: "a1" }));
  });

  it("lets members move a deal whose owner left and whose customer was deleted, but not point it at others that do not exist", async () => {
    await writeAroundRules(environment(), {
      [paths.deal(workspaceId, "d-orphan")]: {
        ...dealDoc(users.member.uid, storedAt),
        ownerId: "former",
        customerId: "gone",
      },
    });
    const ref = dealRef(users.member, "d-orphan");
    await assertSucceeds(updateDoc(ref, move));
    await assertFails(updateDoc(ref, { ...move, ownerId: outsider.uid }));
    await assertFails(updateDoc(ref, { ...move, customerId: "missing" }));
  });
});

describe("deals closing time", () => {
  const closing = (stage: string, closedAt: unknown) => ({
    stage,
    rank: "a1",
    closedAt,
    updatedBy: users.member.uid,
    updatedAt: serverTimestamp(),
  });

  it("lets a move into won or lost stamp the request's time, and a move back clear it", async () => {
    await assertSucceeds(updateDoc(dealRef(users.member), closing("won", serverTimestamp())));
    await assertSucceeds(updateDoc(dealRef(users.member), closing("proposal", null)));
    await assertSucceeds(
      setDoc(dealRef(users.member, "new"), {
        ...dealDoc(users.member.uid),
        stage: "won",
        closedAt: serverTimestamp(),
      }),
    );
  });

  it("lets edits and moves within a stage keep the time, and deals written before it move", async () => {
    await writeAroundRules(environment(), {
      [paths.deal(workspaceId, "d-closed")]: {
        ...dealDoc(users.member.uid, storedAt),
        stage: "won",
        closedAt: storedAt,
      },
    });
    await assertSucceeds(
      updateDoc(dealRef(users.member, "d-closed"), {
        rank: "a5",
        updatedBy: users.member.uid,
        updatedAt: serverTimestamp(),
      }),
    );
    const older: Record<string, unknown> = { ...dealDoc(users.member.uid, storedAt) };
    delete older.closedAt;
    await writeAroundRules(environment(), { [paths.deal(workspaceId, "d-older")]: older });
    await assertSucceeds(
      updateDoc(dealRef(users.member, "d-older"), closing("won", serverTimestamp())),
    );
  });

  it("denies a chosen time, a time without a change of stage, and a chosen time on creation", async () => {
    const past = Timestamp.fromDate(new Date("2025-01-31T12:00:00Z"));
    await assertFails(updateDoc(dealRef(users.member), closing("won", past)));
    await assertFails(updateDoc(dealRef(users.member), closing("proposal", serverTimestamp())));
    await assertFails(updateDoc(dealRef(users.member), closing("won", "yesterday")));
    await assertFails(
      setDoc(dealRef(users.member, "new"), {
        ...dealDoc(users.member.uid),
        stage: "won",
        closedAt: past,
      }),
    );
  });
});

describe("deals link to a project made by hand", () => {
  const wonWithLink = (linkProjectId: unknown, writer: string = users.member.uid) => ({
    stage: "won",
    rank: "a1",
    linkProjectId,
    updatedBy: writer,
    updatedAt: serverTimestamp(),
  });
  const byMember = { updatedBy: users.member.uid, updatedAt: serverTimestamp() };

  it.each(writers)(
    "lets the $role win a deal asking to link it to the customer's project with no deal",
    async (actor) => {
      await assertSucceeds(updateDoc(dealRef(actor), wonWithLink("p-hand", actor.uid)));
    },
  );

  it("lets a member ask, from the project, to link an open deal, change the request and ask for a new project instead", async () => {
    const ref = dealRef(users.member);
    await assertSucceeds(updateDoc(ref, { linkProjectId: "p-hand", ...byMember }));
    await assertSucceeds(updateDoc(ref, { title: "Web Sitesi 2.0", ...byMember }));
    await assertSucceeds(updateDoc(ref, wonWithLink(null)));
  });

  it("lets members move a deal written before link requests existed", async () => {
    const older: Record<string, unknown> = { ...dealDoc(users.member.uid, storedAt) };
    delete older.linkProjectId;
    await writeAroundRules(environment(), { [paths.deal(workspaceId, "d-older")]: older });
    await assertSucceeds(
      updateDoc(dealRef(users.member, "d-older"), { stage: "won", rank: "a1", ...byMember }),
    );
    await assertSucceeds(updateDoc(dealRef(users.member, "d-older"), wonWithLink("p-hand")));
  });

  it.each([
    ["a project another deal has", "p-won"],
    ["another customer's project", "p-c2"],
    ["a project that does not exist", "missing"],
    ["a project id that is not text", 7],
  ])("denies a link to %s", async (_, linkProjectId) => {
    await assertFails(updateDoc(dealRef(users.member), wonWithLink(linkProjectId)));
  });

  it("denies a link for a deal that already has its project, from viewers, and on creation", async () => {
    await assertFails(updateDoc(dealRef(users.member, "d-won"), wonWithLink("p-hand")));
    await assertFails(updateDoc(dealRef(users.viewer), wonWithLink("p-hand", users.viewer.uid)));
    await assertFails(
      setDoc(dealRef(users.member, "new"), {
        ...dealDoc(users.member.uid),
        stage: "won",
        linkProjectId: "p-hand",
      }),
    );
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
    await assertSucceeds(setDoc(dealRef(users.admin, "d2"), dealDoc(users.admin.uid)));
    await assertFails(deleteDoc(dealRef(users.member, "d2")));
    await assertFails(deleteDoc(dealRef(users.viewer)));
    await assertFails(deleteDoc(dealRef(outsider)));
  });
});
