import { assertFails, assertSucceeds } from "@firebase/rules-unit-testing";
import {
  collection,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  limit,
  orderBy,
  query,
  serverTimestamp,
  setDoc,
  updateDoc,
  where,
  type Firestore,
} from "firebase/firestore";
import { describe, it } from "vitest";
import { paths } from "@pano/domain";
import { dealDoc, projectDoc, seedCustomer, taskDoc } from "./support/documents";
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
  await writeAroundRules(env, {
    [paths.deal(workspaceId, "d1")]: dealDoc(users.member.uid, storedAt),
    [paths.project(workspaceId, "p1")]: projectDoc(users.member.uid, storedAt),
    [paths.task(workspaceId, "t1")]: taskDoc(users.member.uid, storedAt),
  });
});
const writers = [users.owner, users.admin, users.member];

const taskRef = (actor: { uid: string; email: string }, id = "t1") =>
  doc(asUser(environment(), actor), paths.task(workspaceId, id));

// The project page's queries: every task of a project, and its first tasks by rank shown while
// the rest load.
const projectTasks = (db: Firestore) =>
  query(collection(db, paths.tasks(workspaceId)), where("projectId", "==", "p1"));
const projectTaskHeads = (db: Firestore) => query(projectTasks(db), orderBy("rank"), limit(30));

describe("tasks create", () => {
  it.each(writers)("lets the $role add a customer to-do and a project task", async (actor) => {
    await assertSucceeds(setDoc(taskRef(actor, "todo"), taskDoc(actor.uid)));
    await assertSucceeds(
      setDoc(taskRef(actor, "project-task"), {
        ...taskDoc(actor.uid),
        projectId: "p1",
        customerId: null,
        status: "in_progress",
      }),
    );
  });

  it("denies viewers, outsiders and signed-out users", async () => {
    await assertFails(setDoc(taskRef(users.viewer, "new"), taskDoc(users.viewer.uid)));
    await assertFails(setDoc(taskRef(outsider, "new"), taskDoc(outsider.uid)));
    await assertFails(
      setDoc(doc(signedOut(environment()), paths.task(workspaceId, "new")), taskDoc("x")),
    );
  });

  it.each([
    ["a status that is not a column of its project", { projectId: "p1", status: "archived" }],
    ["a project column status without a project", { status: "in_progress" }],
    ["neither a project nor a customer", { customerId: null, dealId: null }],
    ["a missing project", { projectId: "missing" }],
    ["a missing customer", { customerId: "missing" }],
    ["a missing deal", { dealId: "missing" }],
    ["an assignee who is not a member", { assigneeId: "outsider" }],
    ["an unknown priority", { priority: "someday" }],
    ["no title", { title: "" }],
    ["another creator", { createdBy: "admin" }],
    ["another writer", { updatedBy: users.admin.uid }],
    ["no writer", { updatedBy: null }],
    ["an unknown field", { estimate: 3 }],
  ])("denies a task with %s", async (_, broken) => {
    await assertFails(
      setDoc(taskRef(users.member, "new"), { ...taskDoc(users.member.uid), ...broken }),
    );
  });
});

describe("tasks read", () => {
  it.each(Object.values(users))("lets the $role read tasks", async (actor) => {
    await assertSucceeds(getDoc(taskRef(actor)));
  });

  it("denies outsiders", async () => {
    await assertFails(getDoc(taskRef(outsider)));
  });

  it.each(Object.values(users))(
    "lets the $role ask for a project's tasks, all or the first by rank",
    async (actor) => {
      const db = asUser(environment(), actor);
      await assertSucceeds(getDocs(projectTasks(db)));
      await assertSucceeds(getDocs(projectTaskHeads(db)));
    },
  );

  it("denies outsiders and signed-out users a project's tasks", async () => {
    for (const db of [asUser(environment(), outsider), signedOut(environment())]) {
      await assertFails(getDocs(projectTasks(db)));
      await assertFails(getDocs(projectTaskHeads(db)));
    }
  });
});

describe("tasks edit", () => {
  const completed = (writer: string) => ({
    status: "done",
    completedAt: serverTimestamp(),
    updatedBy: writer,
    updatedAt: serverTimestamp(),
  });
  const done = completed(users.member.uid);

  it.each(writers)("lets the $role complete and reassign a task", async (actor) => {
    await assertSucceeds(
      updateDoc(taskRef(actor), { ...completed(actor.uid), assigneeId: users.admin.uid }),
    );
  });

  it("denies viewers, rewriting creation, moving to another project and leaving updatedAt alone", async () => {
    await assertFails(updateDoc(taskRef(users.member), { ...done, projectId: "p1" }));
    await assertFails(updateDoc(taskRef(users.viewer), completed(users.viewer.uid)));
    await assertFails(updateDoc(taskRef(users.member), { ...done, createdBy: users.admin.uid }));
    await assertFails(updateDoc(taskRef(users.member), { status: "done" }));
  });

  it("denies an edit that names someone else as its writer, or leaves the last writer", async () => {
    await assertFails(updateDoc(taskRef(users.admin), done));
    await assertFails(
      updateDoc(taskRef(users.admin), {
        status: "done",
        completedAt: serverTimestamp(),
        updatedAt: serverTimestamp(),
      }),
    );
  });

  it("lets members complete a to-do whose assignee left and whose customer and deal are gone, but not point it at others that do not exist", async () => {
    await writeAroundRules(environment(), {
      [paths.task(workspaceId, "t-orphan")]: {
        ...taskDoc(users.member.uid, storedAt),
        assigneeId: "former",
        customerId: "gone",
        dealId: "gone",
      },
    });
    const ref = taskRef(users.member, "t-orphan");
    await assertSucceeds(updateDoc(ref, done));
    await assertFails(updateDoc(ref, { ...done, assigneeId: outsider.uid }));
    await assertFails(updateDoc(ref, { ...done, customerId: "missing" }));
    await assertFails(updateDoc(ref, { ...done, dealId: "missing" }));
  });
});

describe("tasks delete", () => {
  it("lets the creator and admins delete", async () => {
    await assertSucceeds(deleteDoc(taskRef(users.member)));
    await assertSucceeds(setDoc(taskRef(users.admin, "t2"), taskDoc(users.admin.uid)));
    await assertSucceeds(deleteDoc(taskRef(users.owner, "t2")));
  });

  it("denies other members, viewers and outsiders", async () => {
    await assertSucceeds(setDoc(taskRef(users.admin, "t2"), taskDoc(users.admin.uid)));
    await assertFails(deleteDoc(taskRef(users.member, "t2")));
    await assertFails(deleteDoc(taskRef(users.viewer)));
    await assertFails(deleteDoc(taskRef(outsider)));
  });
});
