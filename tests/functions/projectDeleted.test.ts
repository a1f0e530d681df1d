import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { paths } from "@pano/domain";
import { projectDoc, taskDoc } from "@pano/testing/documents";
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
});
