import { randomUUID } from "node:crypto";
import type { DocumentSnapshot } from "firebase-admin/firestore";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import {
  collectionGroups,
  columnFields,
  defaultColumns,
  doneColumnIds,
  functionsRegion,
  paths,
  sumCounterShards,
} from "@pano/domain";
import { applyTaskEvent } from "../../functions/src/aggregates/projectCounters";
import {
  adminDb,
  clearFirestore,
  closeClients,
  createSignedInUser,
} from "@pano/testing/emulatorClients";
import { projectDoc, taskDoc } from "@pano/testing/documents";
import { expectCallableError } from "@pano/testing/expectCallableError";
import { fireScheduledFunction } from "@pano/testing/fireScheduledFunction";
import { seedWorkspace } from "@pano/testing/seedWorkspace";
import { waitFor } from "@pano/testing/waitFor";

const workspaceId = "ws-projects";
// A fresh project per test: clearing the previous test's tasks fires delete events that must not
// land on this test's counters.
let projectId = "";
const project = () => adminDb.doc(paths.project(workspaceId, projectId));
const taskRef = (id: string) => adminDb.doc(paths.task(workspaceId, `${projectId}-${id}`));
const countersOf = (snapshot: DocumentSnapshot) => ({
  taskCount: snapshot.get("taskCount") as unknown,
  doneTaskCount: snapshot.get("doneTaskCount") as unknown,
});
const counters = async () => countersOf(await project().get());

// What the shards add up to, whether or not a fold has written it into the project yet.
const shardSums = async () =>
  sumCounterShards(
    (await adminDb.collection(paths.counterShards(project().path)).get()).docs.map((shard) =>
      shard.data(),
    ),
  );

// The project's fold requests (the task events' report aggregates have their own).
const foldsWanted = async () =>
  (await adminDb.collectionGroup(collectionGroups.counterFolds).get()).docs
    .filter((wanted) => wanted.get("document") === project().path)
    .map((wanted) => wanted.id);

// A fold the task events deferred is done by the scheduled function, which the emulator never
// fires by itself: each look fires it first, as Cloud Scheduler would every minute.
const countersAndRequests = async () => ({
  ...(await counters()),
  foldsWanted: await foldsWanted(),
});
const foldAndRead = async () => {
  await fireScheduledFunction({
    name: "foldCounters",
    region: functionsRegion,
    scheduleTime: new Date(),
  });
  return countersAndRequests();
};
// The emulator delivers events one at a time, and each task event's counter and report folds
// may each wait out a second: a burst of 40 takes over a minute to settle there.
// `look` without the scheduled run: the events' own folds and the queue must get there alone.
const settledAt = (taskCount: number, doneTaskCount: number, look = foldAndRead) =>
  waitFor(
    look,
    (value) =>
      value.taskCount === taskCount &&
      value.doneTaskCount === doneTaskCount &&
      value.foldsWanted.length === 0,
    150_000,
  );

// The project's tasks counted from scratch.
const recount = async () => {
  const tasks = adminDb.collection(paths.tasks(workspaceId)).where("projectId", "==", projectId);
  const [all, done] = await Promise.all([
    tasks.count().get(),
    tasks
      .where("status", "in", doneColumnIds(defaultColumns("tr")))
      .count()
      .get(),
  ]);
  return { taskCount: all.data().count, doneTaskCount: done.data().count };
};

const task = (id: string, status: string) =>
  taskRef(id).set(taskDoc({ title: `Görev ${id}`, projectId, status, createdBy: "u1" }));

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
    await Promise.all(["t0", "t1", "t2", "t3"].map((id) => taskRef(id).update({ status: "done" })));
    await settledAt(8, 4);
    await taskRef("t0").update({ status: "review" });
    await taskRef("t1").delete();
    await taskRef("t5").delete();
    await settledAt(6, 2);
  });

  it(
    "ends a burst of 40 parallel writes on one board at a recount, writing the project at most once a second",
    { timeout: 240_000 },
    async () => {
      await Promise.all(
        Array.from({ length: 16 }, (_, index) => task(`t${index}`, index < 8 ? "todo" : "done")),
      );
      await settledAt(16, 8);
      // Every change of the counters the project document went through, at its commit time.
      const changes: { at: number; counters: string }[] = [];
      const stop = project().onSnapshot((snapshot) => {
        const next = JSON.stringify(countersOf(snapshot));
        if (changes.at(-1)?.counters !== next && snapshot.updateTime)
          changes.push({ at: snapshot.updateTime.toMillis(), counters: next });
      });
      try {
        await Promise.all([
          ...Array.from({ length: 24 }, (_, index) =>
            task(`n${index}`, index % 2 === 0 ? "done" : "in_progress"),
          ),
          ...["t0", "t1", "t2", "t3"].map((id) => taskRef(id).update({ status: "done" })),
          ...["t8", "t9", "t10", "t11"].map((id) => taskRef(id).update({ status: "review" })),
          ...["t4", "t5", "t6", "t7", "t12", "t13", "t14", "t15"].map((id) => taskRef(id).delete()),
        ]);
        const expected = await recount();
        // 16 + 24 created − 8 deleted; done: 8 + 12 created + 4 moved in − 4 moved out − 4 deleted.
        expect(expected).toEqual({ taskCount: 32, doneTaskCount: 16 });
        await settledAt(expected.taskCount, expected.doneTaskCount);
      } finally {
        stop();
      }
      expect(changes.length).toBeGreaterThan(1);
      const gaps = changes.slice(1).map((change, index) => change.at - (changes[index]?.at ?? 0));
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual(1_000);
      expect(await shardSums()).toEqual(await recount());
    },
  );

  it(
    "folds without the scheduled run while someone keeps writing the project",
    { timeout: 180_000 },
    async () => {
      // Someone renames the project over and over while tasks are added, and for 2.5 s after
      // their events asked for a fold: each fold has to wait again, and no scheduled run answers
      // here (the emulator never fires one), so the asking event itself must keep waiting until it
      // can fold.
      let renameUntil = Number.POSITIVE_INFINITY;
      const renames = (async () => {
        for (let index = 0; Date.now() < renameUntil; index += 1)
          await project().update({ name: `Web Sitesi Yenileme ${index}` });
      })();
      await task("a", "todo");
      await task("b", "done");
      await waitFor(foldsWanted, (ids) => ids.length > 0, 60_000).finally(() => {
        renameUntil = Date.now() + 2_500;
      });
      await renames;
      await settledAt(2, 1, countersAndRequests);
    },
  );

  it(
    "has the next event answer a fold whose asker stopped a while ago",
    { timeout: 180_000 },
    async () => {
      // A stopped function's leftovers from a minute ago: a done task in a shard and its request.
      await adminDb
        .doc(paths.counterShard(project().path, 4))
        .set({ taskCount: 1, doneTaskCount: 1 });
      await adminDb
        .doc(paths.counterFold(workspaceId, projectId))
        .set({ document: project().path, wantedAt: new Date(Date.now() - 60_000) });
      await task("a", "todo");
      await settledAt(2, 1, countersAndRequests);
    },
  );

  it("has the scheduled run fold what a stopped function asked for", async () => {
    // What an event leaves when its function stops after the increment and the fold request: one
    // more done task in a shard, the request. The project was written less than a second ago, so
    // the first runs keep the request; a later one folds.
    await adminDb
      .doc(paths.counterShard(project().path, 4))
      .set({ taskCount: 1, doneTaskCount: 1 });
    await adminDb
      .doc(paths.counterFold(workspaceId, projectId))
      .set({ document: project().path, wantedAt: new Date() });
    await settledAt(1, 1);
  });

  it("applies a redelivered event once", async () => {
    const after = { projectId, status: "done" };
    await applyTaskEvent(workspaceId, "event-1", undefined, after);
    await applyTaskEvent(workspaceId, "event-1", undefined, after);
    await Promise.all([
      applyTaskEvent(workspaceId, "event-2", undefined, after),
      applyTaskEvent(workspaceId, "event-2", undefined, after),
    ]);
    await Promise.all([
      applyTaskEvent(workspaceId, "event-3", undefined, after),
      applyTaskEvent(workspaceId, "event-3", undefined, after),
    ]);
    await settledAt(3, 3);
    expect(await shardSums()).toEqual({ taskCount: 3, doneTaskCount: 3 });
  });

  it("keeps the counts a project had before it was sharded", async () => {
    await project().update({ taskCount: 5, doneTaskCount: 2 });
    await applyTaskEvent(workspaceId, "event-1", undefined, { projectId, status: "done" });
    await applyTaskEvent(workspaceId, "event-2", undefined, { projectId, status: "todo" });
    await settledAt(7, 3);
    expect(await shardSums()).toEqual({ taskCount: 7, doneTaskCount: 3 });
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

  it("lets an admin repair wrong counters and shards, and nobody else", async () => {
    const admin = await createSignedInUser();
    const member = await createSignedInUser();
    await seedWorkspace(workspaceId, [
      { ...admin, role: "admin" },
      { ...member, role: "member" },
    ]);
    await Promise.all([task("a", "todo"), task("b", "done")]);
    await settledAt(2, 1);
    await project().update({ taskCount: 40, doneTaskCount: 39 });
    await adminDb
      .doc(paths.counterShard(project().path, 5))
      .set({ taskCount: 7, doneTaskCount: 7 }, { merge: true });
    await expectCallableError(
      member.call("recountProjectCounters", { workspaceId, projectId }),
      "functions/permission-denied",
    );
    await admin.call("recountProjectCounters", { workspaceId, projectId });
    expect(await counters()).toEqual({ taskCount: 2, doneTaskCount: 1 });
    expect(await shardSums()).toEqual({ taskCount: 2, doneTaskCount: 1 });
    // Later events add to the recount, and a fold keeps it.
    await task("c", "done");
    await settledAt(3, 2);
    expect(await shardSums()).toEqual({ taskCount: 3, doneTaskCount: 2 });
  });
});
