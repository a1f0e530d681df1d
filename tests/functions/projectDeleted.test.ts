import { Timestamp } from "firebase-admin/firestore";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { columnFields, defaultColumns, defaultStages, paths, stageFields } from "@pano/domain";
import { adminDb, clearFirestore, closeClients } from "./support/emulatorClients";
import { waitFor } from "./support/waitFor";

const workspaceId = "ws-project-delete";
const ownerId = "u-owner";

beforeEach(async () => {
  await clearFirestore();
  await adminDb.doc(paths.workspace(workspaceId)).set({
    name: "Demo Ajans",
    createdBy: ownerId,
    createdAt: Timestamp.now(),
    ...stageFields(defaultStages("tr")),
  });
  await adminDb.doc(paths.user(ownerId)).set({
    displayName: "Ayşe",
    email: "ayse@demo.test",
    locale: "tr",
    createdAt: Timestamp.now(),
  });
});
afterAll(closeClients);

const task = (id: string, projectId: string | null) => ({
  ref: adminDb.doc(paths.task(workspaceId, id)),
  data: {
    title: `Görev ${id}`,
    description: "",
    projectId,
    customerId: "c1",
    dealId: null,
    status: "todo",
    rank: "a0",
    assigneeId: null,
    dueAt: null,
    priority: "medium",
    completedAt: null,
    createdBy: ownerId,
    createdAt: Timestamp.now(),
    updatedAt: Timestamp.now(),
  },
});

const project = (id: string) =>
  adminDb.doc(paths.project(workspaceId, id)).set({
    name: `Proje ${id}`,
    customerId: "c1",
    dealId: null,
    status: "active",
    ...columnFields(defaultColumns("tr")),
    dueAt: null,
    ownerId,
    taskCount: 0,
    doneTaskCount: 0,
    createdBy: ownerId,
    createdAt: Timestamp.now(),
    updatedAt: Timestamp.now(),
  });

const taskIdsOf = async (projectId: string | null) =>
  (
    await adminDb.collection(paths.tasks(workspaceId)).where("projectId", "==", projectId).get()
  ).docs.map((document) => document.id);

describe("onProjectDeleted", () => {
  it("deletes every task of the project, more than one batch of them, and nothing else", async () => {
    // Tasks first: with no project yet the counter trigger has nothing to update, which keeps
    // 450 creations quick on the emulator.
    const batch = adminDb.batch();
    const tasks = [
      ...Array.from({ length: 450 }, (_, index) => task(`gone-${index}`, "p-gone")),
      task("kept", "p-kept"),
      task("todo", null),
    ];
    for (const { ref, data } of tasks) batch.set(ref, data);
    await batch.commit();
    await project("p-gone");
    await project("p-kept");

    await adminDb.doc(paths.project(workspaceId, "p-gone")).delete();

    await waitFor(
      () => taskIdsOf("p-gone"),
      (ids) => ids.length === 0,
      60_000,
    );
    expect(await taskIdsOf("p-kept")).toEqual(["kept"]);
    expect(await taskIdsOf(null)).toEqual(["todo"]);
  });

  it("never brings back a won deal's deleted project when the deal changes or is won again", async () => {
    const dealRef = adminDb.doc(paths.deal(workspaceId, "d1"));
    await dealRef.set({
      title: "Web Sitesi Yenileme",
      customerId: "c1",
      value: 150000,
      currency: "TRY",
      expectedCloseAt: null,
      ownerId,
      stage: "won",
      rank: "a0",
      lostReason: null,
      projectId: null,
      createdBy: ownerId,
      createdAt: Timestamp.now(),
      updatedAt: Timestamp.now(),
    });
    const projectId = await waitFor(
      async () => (await dealRef.get()).get("projectId") as string | null,
      (id) => id !== null,
    );
    const projectRef = adminDb.doc(paths.project(workspaceId, projectId ?? ""));
    await projectRef.delete();

    await dealRef.update({ title: "Web Sitesi Yenileme (2. faz)" });
    await dealRef.update({ stage: "proposal" });
    await dealRef.update({ stage: "won" });
    // A second won deal created afterwards settles only after the events before it ran.
    const markerRef = adminDb.doc(paths.deal(workspaceId, "marker"));
    await markerRef.set({ ...(await dealRef.get()).data(), projectId: null, title: "İşaret" });
    await waitFor(
      async () => (await markerRef.get()).get("projectId") as string | null,
      (id) => id !== null,
    );

    expect((await projectRef.get()).exists).toBe(false);
    expect((await dealRef.get()).get("projectId")).toBe(projectId);
    const projects = await adminDb.collection(paths.projects(workspaceId)).get();
    expect(projects.docs.map((document) => document.get("dealId"))).toEqual(["marker"]);
  });
});
