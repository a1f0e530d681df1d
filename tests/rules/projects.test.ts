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
import {
  asUser,
  outsider,
  seedWorkspaces,
  signedOut,
  useRulesTestEnvironment,
  users,
  workspaceId,
} from "./support/rulesTestEnvironment";

const project = {
  name: "Web Sitesi Yenileme",
  customerId: "c1",
  dealId: "d1",
  status: "planned",
  ...columnFields(defaultColumns("tr")),
  dueAt: null,
  taskCount: 0,
  doneTaskCount: 0,
  createdBy: users.member.uid,
  createdAt: Timestamp.now(),
};

const environment = useRulesTestEnvironment(async (env) => {
  await seedWorkspaces(env);
  await env.withSecurityRulesDisabled(async (context) => {
    const db = context.firestore() as unknown as Firestore;
    await setDoc(doc(db, paths.project(workspaceId, "deal-d1")), project);
  });
});

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

// Until projects can be made by hand, only the won-deal function writes them.
describe("projects write", () => {
  it.each(Object.values(users))("denies the $role writing a project", async (actor) => {
    await assertFails(
      setDoc(projectRef(actor, "new"), {
        ...project,
        createdBy: actor.uid,
        createdAt: serverTimestamp(),
      }),
    );
    await assertFails(updateDoc(projectRef(actor), { taskCount: 5 }));
    await assertFails(deleteDoc(projectRef(actor)));
  });
});
