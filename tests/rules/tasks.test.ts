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
import { columnFields, defaultColumns, paths } from "@pano/domain";
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

const newTask = (createdBy: string, overrides: Record<string, unknown> = {}) => ({
  title: "Teklif gönder",
  description: "",
  projectId: null,
  customerId: "c1",
  dealId: "d1",
  status: "todo",
  rank: "a0",
  assigneeId: users.member.uid,
  dueAt: Timestamp.fromDate(new Date(Date.UTC(2026, 11, 1, 9))),
  priority: "high",
  completedAt: null,
  createdBy,
  createdAt: serverTimestamp(),
  updatedBy: createdBy,
  updatedAt: serverTimestamp(),
  ...overrides,
});

const environment = useRulesTestEnvironment(async (env) => {
  await seedWorkspaces(env);
  await seedCustomer(env, "c1", users.member.uid);
  await env.withSecurityRulesDisabled(async (context) => {
    const db = context.firestore() as unknown as Firestore;
    const now = Timestamp.now();
    await setDoc(doc(db, paths.deal(workspaceId, "d1")), { title: "Web Sitesi", stage: "lead" });
    await setDoc(doc(db, paths.project(workspaceId, "p1")), {
      name: "Web Sitesi Yenileme",
      ...columnFields(defaultColumns("tr")),
    });
    await setDoc(doc(db, paths.task(workspaceId, "t1")), {
      ...newTask(users.member.uid),
      createdAt: now,
      updatedAt: now,
    });
  });
});
const writers = [users.owner, users.admin, users.member];

const taskRef = (actor: { uid: string; email: string }, id = "t1") =>
  doc(asUser(environment(), actor), paths.task(workspaceId, id));

describe("tasks create", () => {
  it.each(writers)("lets the $role add a customer to-do and a project task", async (actor) => {
    await assertSucceeds(setDoc(taskRef(actor, "todo"), newTask(actor.uid)));
    await assertSucceeds(
      setDoc(
        taskRef(actor, "project-task"),
        newTask(actor.uid, { projectId: "p1", customerId: null, status: "in_progress" }),
      ),
    );
  });

  it("denies viewers, outsiders and signed-out users", async () => {
    await assertFails(setDoc(taskRef(users.viewer, "new"), newTask(users.viewer.uid)));
    await assertFails(setDoc(taskRef(outsider, "new"), newTask(outsider.uid)));
    await assertFails(
      setDoc(doc(signedOut(environment()), paths.task(workspaceId, "new")), newTask("x")),
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
  ])("denies a task with %s", async (_, overrides) => {
    await assertFails(setDoc(taskRef(users.member, "new"), newTask(users.member.uid, overrides)));
  });
});

describe("tasks read", () => {
  it.each(Object.values(users))("lets the $role read tasks", async (actor) => {
    await assertSucceeds(getDoc(taskRef(actor)));
  });

  it("denies outsiders", async () => {
    await assertFails(getDoc(taskRef(outsider)));
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
    await writeAroundRules(
      environment(),
      paths.task(workspaceId, "t-orphan"),
      newTask(users.member.uid, { assigneeId: "former", customerId: "gone", dealId: "gone" }),
    );
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
    await assertSucceeds(setDoc(taskRef(users.admin, "t2"), newTask(users.admin.uid)));
    await assertSucceeds(deleteDoc(taskRef(users.owner, "t2")));
  });

  it("denies other members, viewers and outsiders", async () => {
    await assertSucceeds(setDoc(taskRef(users.admin, "t2"), newTask(users.admin.uid)));
    await assertFails(deleteDoc(taskRef(users.member, "t2")));
    await assertFails(deleteDoc(taskRef(users.viewer)));
    await assertFails(deleteDoc(taskRef(outsider)));
  });
});
