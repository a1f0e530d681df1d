import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { columnFields, defaultColumns, paths } from "@pano/domain";
import { applyTaskEvent } from "../../functions/src/aggregates/projectCounters";
import {
  adminDb,
  clearFirestore,
  closeClients,
  createSignedInUser,
} from "@pano/testing/emulatorClients";
import { projectDoc, taskDoc } from "@pano/testing/documents";
import { expectCallableError } from "@pano/testing/expectCallableError";
import { seedWorkspace } from "@pano/testing/seedWorkspace";
import { waitFor } from "@pano/testing/waitFor";

const workspaceId = "ws-projects";
// A fresh project per test: clearing the previous test's tasks fires delete events that must not
// land on this test's counters.
let projectId = "";
const project = () => adminDb.doc(paths.project(workspaceId, projectId));
const counters = async () => {
  const data = (await project().get()).data();
  return { taskCount: data?.["taskCount"], doneTaskCount: data?.["doneTaskCount"] };
};
const settledAt = (taskCount: number, doneTaskCount: number) =>
  waitFor(
    counters,
    (value) => value.taskCount === taskCount && value.doneTaskCount === doneTaskCount,
  );

const task = (id: string, status: string) =>
  adminDb
    .doc(paths.task(workspaceId, `${projectId}-${id}`))
    .set(taskDoc({ title: `Görev ${id}`, projectId, status, createdBy: "u1" }));

beforeEach(async () => {
  await clearFirestore();
  projectId = `p-${randomUUID().slice(0, 8)}`;
  await project().set(projectDoc({ name: "Web Sitesi Yenileme", customerId: "c1", ownerId: "u1" }));
});
afterAll(closeClients);

describe("project counters", () => {
  it("counts concurrent creations, moves into and out of done, and deletions", async () => {
    await Promise.all(Array.from({ length: 8 }, (_, index) => task(`t${index}`, "todo")));
    await settledAt(8, 0);
    await Promise.all(
      ["t0", "t1", "t2", "t3"].map((id) =>
        adminDb.doc(paths.task(workspaceId, `${projectId}-${id}`)).update({ status: "done" }),
      ),
    );
    await settledAt(8, 4);
    const taskRef = (id: string) => adminDb.doc(paths.task(workspaceId, `${projectId}-${id}`));
    await taskRef("t0").update({ status: "review" });
    await taskRef("t1").delete();
    await taskRef("t5").delete();
    await settledAt(6, 2);
  });

  it("applies a redelivered event once", async () => {
    const after = { projectId, status: "done" };
    await applyTaskEvent(workspaceId, "event-1", undefined, after);
    await applyTaskEvent(workspaceId, "event-1", undefined, after);
    await Promise.all([
      applyTaskEvent(workspaceId, "event-2", undefined, after),
      applyTaskEvent(workspaceId, "event-2", undefined, after),
    ]);
    expect(await counters()).toEqual({ taskCount: 2, doneTaskCount: 2 });
  });

  it("recounts when a column starts counting as done", async () => {
    await Promise.all([task("a", "review"), task("b", "review"), task("c", "done")]);
    await settledAt(3, 1);
    await project().update(
      columnFields(
        defaultColumns("tr").map((column) =>
          column.id === "review" ? { ...column, kind: "done" as const } : column,
        ),
      ),
    );
    await settledAt(3, 3);
  });

  it("lets an admin repair wrong counters, and nobody else", async () => {
    const admin = await createSignedInUser();
    const member = await createSignedInUser();
    await seedWorkspace(workspaceId, [
      { ...admin, role: "admin" },
      { ...member, role: "member" },
    ]);
    await Promise.all([task("a", "todo"), task("b", "done")]);
    await settledAt(2, 1);
    await project().update({ taskCount: 40, doneTaskCount: 39 });
    await expectCallableError(
      member.call("recountProjectCounters", { workspaceId, projectId }),
      "functions/permission-denied",
    );
    await admin.call("recountProjectCounters", { workspaceId, projectId });
    expect(await counters()).toEqual({ taskCount: 2, doneTaskCount: 1 });
  });
});
