import { assertFails, assertSucceeds } from "@firebase/rules-unit-testing";
import {
  deleteDoc,
  doc,
  getDoc,
  serverTimestamp,
  setDoc,
  Timestamp,
  updateDoc,
  writeBatch,
  type Firestore,
} from "firebase/firestore";
import { describe, it } from "vitest";
import { defaultStages, newMember, newWorkspace, paths, stageFields } from "@pano/domain";
import { serverTime } from "./support/documents";
import {
  asUser,
  seedWorkspaces,
  useRulesTestEnvironment,
  otherWorkspaceId,
  outsider,
  signedOut,
  users,
  workspaceId,
} from "./support/rulesTestEnvironment";

const environment = useRulesTestEnvironment(seedWorkspaces);

// What the web client writes in one batch to start a workspace: the workspace and its creator's
// owner membership, here for someone who is not yet in any workspace of these tests.
const workspaceDoc = () =>
  newWorkspace("Yeni Ajans", defaultStages("tr"), outsider.uid, serverTime());

const ownerMembership = () =>
  newMember({ ...outsider, displayName: "Yeni Kullanıcı" }, "owner", serverTime());

const startWorkspace = (
  db: Firestore,
  id: string,
  workspace: Record<string, unknown>,
  member: Record<string, unknown> | null,
) => {
  const batch = writeBatch(db);
  batch.set(doc(db, paths.workspace(id)), workspace);
  if (member) batch.set(doc(db, paths.member(id, outsider.uid)), member);
  return batch.commit();
};

describe("workspaces/{ws} create", () => {
  it("lets a signed-in user create a workspace together with their owner membership", async () => {
    const db = asUser(environment(), outsider);
    await assertSucceeds(startWorkspace(db, "new", workspaceDoc(), ownerMembership()));
  });

  it.each([
    ["without the owner doc", workspaceDoc(), null],
    ["for another creator", { ...workspaceDoc(), createdBy: users.owner.uid }, ownerMembership()],
    ["with no name", { ...workspaceDoc(), name: "" }, ownerMembership()],
    ["with no stages", { ...workspaceDoc(), stages: [] }, ownerMembership()],
    [
      "with a client createdAt",
      { ...workspaceDoc(), createdAt: Timestamp.now() },
      ownerMembership(),
    ],
    ["with an unknown field", { ...workspaceDoc(), plan: "pro" }, ownerMembership()],
    ["with an admin membership", workspaceDoc(), { ...ownerMembership(), role: "admin" }],
  ])("denies a workspace %s", async (_, workspace, member) => {
    await assertFails(startWorkspace(asUser(environment(), outsider), "new", workspace, member));
  });

  it("denies signed-out users", async () => {
    await assertFails(
      startWorkspace(signedOut(environment()), "new", workspaceDoc(), ownerMembership()),
    );
  });

  it("denies taking over an existing workspace by writing an owner doc into it", async () => {
    const db = asUser(environment(), outsider);
    await assertFails(setDoc(doc(db, paths.member(workspaceId, outsider.uid)), ownerMembership()));
    await assertFails(startWorkspace(db, workspaceId, workspaceDoc(), ownerMembership()));
  });
});

describe("workspaces/{ws} read", () => {
  it.each(Object.values(users))("lets the $role read the workspace", async (user) => {
    await assertSucceeds(getDoc(doc(asUser(environment(), user), paths.workspace(workspaceId))));
  });

  it("denies non-members and signed-out users, and members reading another workspace", async () => {
    await assertFails(getDoc(doc(asUser(environment(), outsider), paths.workspace(workspaceId))));
    await assertFails(getDoc(doc(signedOut(environment()), paths.workspace(workspaceId))));
    await assertFails(
      getDoc(doc(asUser(environment(), users.owner), paths.workspace(otherWorkspaceId))),
    );
  });
});

describe("workspaces/{ws} update and delete", () => {
  it.each([users.owner, users.admin])("lets the $role rename and edit stages", async (user) => {
    const ref = doc(asUser(environment(), user), paths.workspace(workspaceId));
    await assertSucceeds(updateDoc(ref, { name: "Demo Ajans 2" }));
    await assertSucceeds(updateDoc(ref, stageFields(defaultStages("en"))));
  });

  it.each([users.member, users.viewer, outsider])("denies the $uid renaming", async (user) => {
    await assertFails(
      updateDoc(doc(asUser(environment(), user), paths.workspace(workspaceId)), { name: "X" }),
    );
  });

  it("accepts twelve stages with the longest names and emoji", async () => {
    const ref = doc(asUser(environment(), users.admin), paths.workspace(workspaceId));
    const stages = Array.from({ length: 12 }, (_, index) => ({
      id: `stage_${index}`,
      name: `🌱 ${"ğ".repeat(35)}${index}`.slice(0, 40),
      kind: index === 11 ? ("won" as const) : ("open" as const),
    }));
    await assertSucceeds(updateDoc(ref, stageFields(stages)));
  });

  const stages = defaultStages("tr");
  it.each([
    [
      "stage ids in another order",
      { stages, stageIds: [...stageFields(stages).stageIds].reverse() },
    ],
    [
      "stage ids of another stage",
      {
        stages,
        stageIds: stageFields(stages).stageIds.map((id, index) => (index === 0 ? "other" : id)),
      },
    ],
    ["a stage without a name", stageFields([{ id: "s1", kind: "open" } as never])],
    [
      "a stage name of 41 characters",
      stageFields([{ id: "s1", name: "x".repeat(41), kind: "open" }]),
    ],
    ["an empty stage name", stageFields([{ id: "s1", name: "", kind: "open" }])],
    [
      "a stage of an unknown kind",
      stageFields([{ id: "s1", name: "Yeni", kind: "maybe" } as never]),
    ],
    ["a stage id with spaces", stageFields([{ id: "s 1", name: "Yeni", kind: "open" }])],
    [
      "a stage with an extra field",
      stageFields([{ id: "s1", name: "Yeni", kind: "open", color: 1 } as never]),
    ],
    ["a stage that is a string", { stages: ["Yeni"], stageIds: ["Yeni"] }],
    [
      "thirteen stages",
      stageFields(
        Array.from({ length: 21 }, (_, index) => ({
          id: `s${index}`,
          name: `S${index}`,
          kind: "open" as const,
        })),
      ),
    ],
    ["no stages", { stages: [], stageIds: [] }],
  ])("denies stages with %s", async (_, fields) => {
    const ref = doc(asUser(environment(), users.owner), paths.workspace(workspaceId));
    await assertFails(updateDoc(ref, fields));
  });

  it("denies changing createdBy or createdAt, oversized names, and deleting", async () => {
    const ref = doc(asUser(environment(), users.owner), paths.workspace(workspaceId));
    await assertFails(updateDoc(ref, { createdBy: users.admin.uid }));
    await assertFails(updateDoc(ref, { createdAt: serverTimestamp() }));
    await assertFails(updateDoc(ref, { name: "x".repeat(81) }));
    await assertFails(deleteDoc(ref));
  });
});
