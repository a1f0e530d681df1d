import { assertFails, assertSucceeds } from "@firebase/rules-unit-testing";
import {
  collection,
  collectionGroup,
  deleteDoc,
  deleteField,
  doc,
  getDoc,
  getDocs,
  increment,
  query,
  serverTimestamp,
  setDoc,
  updateDoc,
  where,
} from "firebase/firestore";
import { describe, it } from "vitest";
import { collectionGroups, columnFields, defaultColumns, paths } from "@pano/domain";
import { projectDoc, seedCustomer } from "./support/documents";
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

const projectPath = paths.project(workspaceId, "deal-d1");
const shardPath = paths.counterShard(projectPath, 3);
const foldPath = paths.counterFold(workspaceId, "deal-d1");
const foldedAt = new Date("2026-01-02T00:00:00Z");

const environment = useRulesTestEnvironment(async (env) => {
  await seedWorkspaces(env);
  await seedCustomer(env, "c1", users.member.uid);
  // Deal d1's project, with tasks counted by the functions: folded from its shards, one of them
  // waiting for the next fold.
  await writeAroundRules(env, {
    [projectPath]: {
      ...projectDoc(users.member.uid, storedAt),
      dealId: "d1",
      taskCount: 4,
      doneTaskCount: 1,
      countersFoldedAt: foldedAt,
    },
    [shardPath]: { taskCount: 4, doneTaskCount: 1 },
    [foldPath]: { document: projectPath, wantedAt: foldedAt },
  });
});
const writers = [users.owner, users.admin, users.member];

const projectRef = (actor: { uid: string; email: string }, id = "deal-d1") =>
  doc(asUser(environment(), actor), paths.project(workspaceId, id));

describe("projects read", () => {
  it.each(Object.values(users))("lets the $role read projects", async (actor) => {
    await assertSucceeds(getDoc(projectRef(actor)));
  });

  it("denies outsiders and signed-out users", async () => {
    await assertFails(getDoc(projectRef(outsider)));
    await assertFails(getDoc(doc(signedOut(environment()), paths.project(workspaceId, "deal-d1"))));
  });
});

describe("projects create", () => {
  it.each(writers)("lets the $role create a project for a customer", async (actor) => {
    await assertSucceeds(setDoc(projectRef(actor, "new"), projectDoc(actor.uid)));
  });

  it("denies viewers and outsiders", async () => {
    await assertFails(setDoc(projectRef(users.viewer, "new"), projectDoc(users.viewer.uid)));
    await assertFails(setDoc(projectRef(outsider, "new"), projectDoc(outsider.uid)));
  });

  it.each([
    ["counters already set", { taskCount: 3 }],
    ["a fold time (the functions')", { countersFoldedAt: serverTimestamp() }],
    ["a done counter set", { doneTaskCount: 1 }],
    ["a deal of its own (the function's)", { dealId: "d9" }],
    ["an unknown status", { status: "archived" }],
    ["a missing customer", { customerId: "missing" }],
    ["an owner who is not a member", { ownerId: "outsider" }],
    ["column ids out of step with the columns", { columnIds: ["todo"] }],
    [
      "column ids of the right length in another order",
      { columnIds: [...columnFields(defaultColumns("tr")).columnIds].reverse() },
    ],
    [
      "a column without a kind",
      { ...columnFields([...defaultColumns("tr"), { id: "qa", name: "Test" } as never]) },
    ],
    [
      "a column of an unknown kind",
      {
        ...columnFields([
          ...defaultColumns("tr"),
          { id: "qa", name: "Test", kind: "later" } as never,
        ]),
      },
    ],
    [
      "a column name of 41 characters",
      {
        ...columnFields([
          ...defaultColumns("tr"),
          { id: "qa", name: "x".repeat(41), kind: "open" },
        ]),
      },
    ],
    [
      "an empty column name",
      { ...columnFields([...defaultColumns("tr"), { id: "qa", name: "", kind: "open" }]) },
    ],
    [
      "a column id with a slash",
      { ...columnFields([...defaultColumns("tr"), { id: "q/a", name: "Test", kind: "open" }]) },
    ],
    [
      "a column with an extra field",
      {
        ...columnFields([
          ...defaultColumns("tr"),
          { id: "qa", name: "Test", kind: "open", color: "red" } as never,
        ]),
      },
    ],
    [
      "thirteen columns",
      {
        ...columnFields(
          Array.from({ length: 13 }, (_, index) => ({
            id: `c${index}`,
            name: `C${index}`,
            kind: "open" as const,
          })),
        ),
      },
    ],
    ["a single column", { ...columnFields(defaultColumns("tr").slice(0, 1)) }],
    ["no name", { name: "" }],
    ["another creator", { createdBy: "admin" }],
    ["an unknown field", { budget: 1 }],
  ])("denies a project with %s", async (_, broken) => {
    await assertFails(
      setDoc(projectRef(users.member, "new"), { ...projectDoc(users.member.uid), ...broken }),
    );
  });
});

describe("projects edit", () => {
  const edit = { status: "active", name: "Web Sitesi 2.0", updatedAt: serverTimestamp() };

  it.each(writers)("lets the $role change status, name and columns", async (actor) => {
    await assertSucceeds(updateDoc(projectRef(actor), edit));
    await assertSucceeds(
      updateDoc(projectRef(actor), {
        ...columnFields([...defaultColumns("tr"), { id: "qa", name: "Test", kind: "open" }]),
        updatedAt: serverTimestamp(),
      }),
    );
  });

  it("accepts twelve columns with the longest names and emoji", async () => {
    const columns = Array.from({ length: 12 }, (_, index) => ({
      id: `column_${index}`,
      name: `🚀 ${"ş".repeat(35)}${index}`.slice(0, 40),
      kind: index === 11 ? ("done" as const) : ("open" as const),
    }));
    await assertSucceeds(
      updateDoc(projectRef(users.member), {
        ...columnFields(columns),
        updatedAt: serverTimestamp(),
      }),
    );
  });

  it("denies viewers, counter writes, changing the deal and rewriting creation", async () => {
    await assertFails(updateDoc(projectRef(users.viewer), edit));
    await assertFails(updateDoc(projectRef(users.owner), { ...edit, taskCount: 10 }));
    await assertFails(updateDoc(projectRef(users.admin), { ...edit, doneTaskCount: 4 }));
    await assertFails(
      updateDoc(projectRef(users.owner), { ...edit, countersFoldedAt: serverTimestamp() }),
    );
    await assertFails(
      updateDoc(projectRef(users.owner), { ...edit, countersFoldedAt: deleteField() }),
    );
    await assertFails(updateDoc(projectRef(users.member), { ...edit, dealId: null }));
    await assertFails(updateDoc(projectRef(users.member), { ...edit, createdBy: users.admin.uid }));
  });

  it("denies a member linking a hand-made project to a deal by writing dealId (the deal asks, the function links)", async () => {
    await assertSucceeds(setDoc(projectRef(users.member, "p-hand"), projectDoc(users.member.uid)));
    await assertFails(
      updateDoc(projectRef(users.member, "p-hand"), { dealId: "d1", updatedAt: serverTimestamp() }),
    );
    await assertSucceeds(
      updateDoc(projectRef(users.member, "p-hand"), { dealId: null, updatedAt: serverTimestamp() }),
    );
  });

  it("lets members edit a project whose owner left and whose customer was deleted, but not point it at others that do not exist", async () => {
    await writeAroundRules(environment(), {
      [paths.project(workspaceId, "p-orphan")]: {
        ...projectDoc(users.member.uid, storedAt),
        ownerId: "former",
        customerId: "gone",
      },
    });
    const ref = projectRef(users.member, "p-orphan");
    await assertSucceeds(updateDoc(ref, edit));
    await assertFails(updateDoc(ref, { ...edit, ownerId: outsider.uid }));
    await assertFails(updateDoc(ref, { ...edit, customerId: "missing" }));
  });
});

describe("project counter shards and fold requests: functions only", () => {
  const everyone = () => [
    ...Object.values(users).map((user) => asUser(environment(), user)),
    asUser(environment(), outsider),
    signedOut(environment()),
  ];

  it("denies every client, the owner included, reading, writing or deleting a shard", async () => {
    for (const db of everyone()) {
      await assertFails(getDoc(doc(db, shardPath)));
      await assertFails(getDocs(collection(db, paths.counterShards(projectPath))));
      await assertFails(setDoc(doc(db, paths.counterShard(projectPath, 0)), { taskCount: 1 }));
      await assertFails(updateDoc(doc(db, shardPath), { taskCount: increment(1) }));
      await assertFails(deleteDoc(doc(db, shardPath)));
    }
  });

  it("denies every client, the owner included, reading, asking for or dropping a fold", async () => {
    for (const db of everyone()) {
      await assertFails(getDoc(doc(db, foldPath)));
      await assertFails(getDocs(collection(db, paths.counterFolds(workspaceId))));
      await assertFails(
        getDocs(
          query(
            collectionGroup(db, collectionGroups.counterFolds),
            where("document", "==", projectPath),
          ),
        ),
      );
      await assertFails(
        setDoc(doc(db, paths.counterFold(workspaceId, "p-other")), {
          document: paths.project(workspaceId, "p-other"),
          wantedAt: serverTimestamp(),
        }),
      );
      await assertFails(deleteDoc(doc(db, foldPath)));
    }
  });
});

describe("projects delete", () => {
  it("lets the creator delete", async () => {
    await assertSucceeds(deleteDoc(projectRef(users.member)));
  });

  it.each([users.owner, users.admin])("lets the $role delete", async (actor) => {
    await assertSucceeds(deleteDoc(projectRef(actor)));
  });

  it("denies other members, viewers and outsiders", async () => {
    await assertSucceeds(setDoc(projectRef(users.admin, "p2"), projectDoc(users.admin.uid)));
    await assertFails(deleteDoc(projectRef(users.member, "p2")));
    await assertFails(deleteDoc(projectRef(users.viewer)));
    await assertFails(deleteDoc(projectRef(outsider)));
    await assertFails(
      deleteDoc(doc(signedOut(environment()), paths.project(workspaceId, "deal-d1"))),
    );
  });
});
