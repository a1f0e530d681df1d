import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { paths } from "@pano/domain";
import { projectDoc, taskDoc } from "@pano/testing/documents";
import {
  disableBackgroundTriggers,
  enableBackgroundTriggers,
} from "@pano/testing/backgroundTriggers";
import { adminDb, clearFirestore, closeClients } from "@pano/testing/emulatorClients";
import { waitFor } from "@pano/testing/waitFor";

const workspaceId = "ws-project-delete";
const ownerId = "u-owner";

beforeEach(clearFirestore);
afterAll(closeClients);

const task = (id: string, projectId: string | null) => ({
  ref: adminDb.doc(paths.task(workspaceId, id)),
  data: taskDoc({
    title: `Görev ${id}`,
    projectId,
    customerId: "c1",
    status: "todo",
    createdBy: ownerId,
  }),
});

const project = (id: string) =>
  adminDb
    .doc(paths.project(workspaceId, id))
    .set(projectDoc({ name: `Proje ${id}`, customerId: "c1", ownerId }));

const taskIdsOf = async (projectId: string | null) =>
  (
    await adminDb.collection(paths.tasks(workspaceId)).where("projectId", "==", projectId).get()
  ).docs.map((document) => document.id);

const counterDocs = async (projectId: string) => {
  const [shards, fold] = await Promise.all([
    adminDb.collection(paths.counterShards(paths.project(workspaceId, projectId))).get(),
    adminDb.doc(paths.counterFold(workspaceId, projectId)).get(),
  ]);
  return [...shards.docs.map((shard) => shard.ref.path), ...(fold.exists ? [fold.ref.path] : [])];
};

describe("onProjectDeleted", () => {
  it("deletes every task and the counter shards of the project, more than one batch of tasks, and nothing else", async () => {
    // Tasks first, with the emulator's delivery off: each creation's report event would wait out
    // a fold of the stats (one at a time on the emulator), and this test is about the delete.
    const batch = adminDb.batch();
    const tasks = [
      ...Array.from({ length: 450 }, (_, index) => task(`gone-${index}`, "p-gone")),
      task("kept", "p-kept"),
      task("todo", null),
    ];
    for (const { ref, data } of tasks) batch.set(ref, data);
    await disableBackgroundTriggers();
    try {
      await batch.commit();
    } finally {
      await enableBackgroundTriggers();
    }
    await project("p-gone");
    await project("p-kept");
    // Counter shards and a fold request, as a busy board leaves them.
    for (const id of ["p-gone", "p-kept"]) {
      const path = paths.project(workspaceId, id);
      await adminDb.doc(paths.counterShard(path, 2)).set({ taskCount: 1, doneTaskCount: 0 });
      await adminDb
        .doc(paths.counterFold(workspaceId, id))
        .set({ document: path, wantedAt: new Date() });
    }

    await adminDb.doc(paths.project(workspaceId, "p-gone")).delete();

    await waitFor(
      () => taskIdsOf("p-gone"),
      (ids) => ids.length === 0,
      60_000,
    );
    await waitFor(
      () => counterDocs("p-gone"),
      (paths) => paths.length === 0,
    );
    expect(await taskIdsOf("p-kept")).toEqual(["kept"]);
    expect((await counterDocs("p-kept")).length).toBeGreaterThan(0);
    expect(await taskIdsOf(null)).toEqual(["todo"]);
  });
});
