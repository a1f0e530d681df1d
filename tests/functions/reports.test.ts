import { randomUUID } from "node:crypto";
import type { DocumentData } from "firebase-admin/firestore";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  defaultStages,
  istanbulMonthKey,
  monthStatsId,
  paths,
  pipelineStatsId,
  type RebuildReportsResult,
  stageFields,
} from "@pano/domain";
import {
  customerDoc,
  dealDoc,
  interactionDoc,
  projectDoc,
  taskDoc,
  workspaceDoc,
} from "@pano/testing/documents";
import { adminDb, closeClients, createSignedInUser } from "@pano/testing/emulatorClients";
import {
  disableBackgroundTriggers,
  enableBackgroundTriggers,
} from "@pano/testing/backgroundTriggers";
import { expectCallableError } from "@pano/testing/expectCallableError";
import { seedWorkspace } from "@pano/testing/seedWorkspace";
import { missing, writtenEvent } from "@pano/testing/triggerEvents";
import { waitFor } from "@pano/testing/waitFor";
import { onStagesForReports } from "../../functions/src/triggers/onStagesForReports";
import {
  commitUnlocked,
  entityChange,
  readEntries,
  settleStats,
} from "../../functions/src/reports/settleStats";
import {
  onDealForReports,
  onInteractionForReports,
  onProjectForReports,
  onTaskForReports,
} from "../../functions/src/triggers/reportTriggers";
import {
  foldedStats,
  foldInProcess,
  statsMismatch,
  statsSettled,
  storedStats,
} from "./support/reportStats";

// Each test has its own workspace: the triggers of one test's data never touch another's stats.
const freshWorkspace = async () => {
  const workspaceId = `ws-reports-${randomUUID().slice(0, 8)}`;
  await adminDb.doc(paths.workspace(workspaceId)).set(workspaceDoc("Demo Ajans", "u-ayse"));
  await adminDb.doc(paths.customer(workspaceId, "c1")).set(customerDoc("A Şirketi", "u-ayse"));
  return workspaceId;
};

const edited = (fields: Record<string, unknown>) => ({ ...fields, updatedAt: new Date() });

const thisMonth = () => monthStatsId(istanbulMonthKey(new Date()));

afterAll(closeClients);

describe("redelivery", () => {
  it.each([
    ["onDealForReports", onDealForReports],
    ["onInteractionForReports", onInteractionForReports],
    ["onTaskForReports", onTaskForReports],
    ["onProjectForReports", onProjectForReports],
    ["onStagesForReports", onStagesForReports],
  ])("%s asks Cloud Functions to redeliver a failed event", (_, trigger) => {
    expect(trigger.__endpoint.eventTrigger?.retry).toBe(true);
  });
});

describe("report aggregates kept by triggers", () => {
  it("follow deals created, moved into and out of won and lost, edited and deleted", async () => {
    const workspaceId = await freshWorkspace();
    const deal = (id: string) => adminDb.doc(paths.deal(workspaceId, id));
    const start = { customerId: "c1", ownerId: "u-ayse", stage: "lead" };
    await deal("d1").set(dealDoc({ ...start, title: "Web sitesi", value: 150000 }));
    await deal("d2").set(dealDoc({ ...start, title: "Logo", value: 2000, currency: "USD" }));
    await deal("d3").set(dealDoc({ ...start, title: "Afiş", value: 900.5 }));
    await statsSettled(workspaceId);
    expect((await storedStats(workspaceId))[pipelineStatsId]).toMatchObject({
      openByStage: { lead: { count: 3, value: { TRY: 150900.5, USD: 2000 } } },
    });

    await deal("d1").update(edited({ stage: "won" }));
    await deal("d2").update(edited({ stage: "lost", lostReason: "Fiyat yüksek" }));
    await statsSettled(workspaceId);
    const month = (await storedStats(workspaceId))[thisMonth()];
    expect(month).toMatchObject({
      won: { count: 1, value: { TRY: 150000 }, byOwner: { "u-ayse": { count: 1 } } },
      lost: { count: 1, value: { USD: 2000 }, reasons: { "Fiyat yüksek": 1 } },
    });

    // The won deal changes currency, value and owner, and goes back to the pipeline.
    await deal("d1").update(edited({ currency: "EUR", value: 5000, ownerId: "u-zeynep" }));
    await statsSettled(workspaceId);
    expect((await storedStats(workspaceId))[thisMonth()]).toMatchObject({
      won: {
        value: { TRY: 0, EUR: 5000 },
        byOwner: { "u-ayse": { count: 0 }, "u-zeynep": { count: 1 } },
      },
    });
    await deal("d1").update(edited({ stage: "proposal" }));
    await deal("d3").delete();
    await statsSettled(workspaceId);
    const stats = await storedStats(workspaceId);
    expect(stats[thisMonth()]).toMatchObject({ won: { count: 0 } });
    expect(stats[pipelineStatsId]).toMatchObject({
      openByStage: { lead: { count: 0 }, proposal: { count: 1, value: { EUR: 5000 } } },
    });
  });

  it(
    "rebuild while people move deals, and count every move once",
    { timeout: 180_000 },
    async () => {
      const workspaceId = `ws-reports-${randomUUID().slice(0, 8)}`;
      const owner = await createSignedInUser();
      if (!owner) throw new Error("an owner");
      await seedWorkspace(workspaceId, [{ ...owner, role: "owner" }]);
      await adminDb.doc(paths.customer(workspaceId, "c1")).set(customerDoc("A Şirketi", owner.uid));
      const deals = Array.from({ length: 40 }, (_, index) =>
        adminDb.doc(paths.deal(workspaceId, `d${index}`)),
      );
      await Promise.all(
        deals.map((ref, index) =>
          ref.set(
            dealDoc({
              customerId: "c1",
              ownerId: owner.uid,
              stage: "lead",
              title: ref.id,
              value: 100 + index,
            }),
          ),
        ),
      );
      await statsSettled(workspaceId);
      // Every deal is won while the rebuild goes through them: each page's entries race the
      // moves' triggers.
      const moves = Promise.all(
        deals.map((ref) => ref.update(edited({ stage: "won", closedAt: new Date() }))),
      );
      let resume: RebuildReportsResult["resume"] = null;
      do {
        const result: RebuildReportsResult = await owner.call("rebuildReports", {
          workspaceId,
          resume,
          pageLimit: 1,
        });
        resume = result.resume;
      } while (resume);
      await moves;
      await statsSettled(workspaceId);
      expect(await statsMismatch(workspaceId)).toBeNull();
      expect((await storedStats(workspaceId))[thisMonth()]).toMatchObject({
        won: { count: 40, value: { TRY: 40 * 100 + (39 * 40) / 2 } },
      });
    },
  );

  it(
    "fold a burst of 40 parallel deal writes into the pipeline and the month at most once a second",
    { timeout: 180_000 },
    async () => {
      const workspaceId = await freshWorkspace();
      const deal = (id: string) => adminDb.doc(paths.deal(workspaceId, id));
      const opened = (id: string, stage: string, value: number) =>
        deal(id).set(dealDoc({ customerId: "c1", ownerId: "u-ayse", stage, title: id, value }));
      await Promise.all(Array.from({ length: 20 }, (_, index) => opened(`d${index}`, "lead", 100)));
      await statsSettled(workspaceId);
      // Every write of the two hot documents, at its commit time.
      const writes: Record<string, number[]> = { [pipelineStatsId]: [], [thisMonth()]: [] };
      const stops = Object.entries(writes).map(([statsId, times]) =>
        adminDb.doc(paths.statsDoc(workspaceId, statsId)).onSnapshot((snapshot) => {
          const at = snapshot.updateTime?.toMillis();
          if (at !== undefined && times.at(-1) !== at) times.push(at);
        }),
      );
      const moves = ["proposal", "negotiation", "won", "lost"];
      try {
        await Promise.all([
          ...Array.from({ length: 20 }, (_, index) =>
            opened(`n${index}`, index % 2 ? "contacted" : "lead", 10 * index),
          ),
          ...Array.from({ length: 20 }, (_, index) =>
            deal(`d${index}`).update(
              edited({ stage: moves[index % moves.length], value: 200 + index }),
            ),
          ),
        ]);
        await statsSettled(workspaceId);
      } finally {
        stops.forEach((stop) => stop());
      }
      expect((await storedStats(workspaceId))[thisMonth()]).toMatchObject({
        won: { count: 5 },
        lost: { count: 5 },
      });
      for (const [statsId, times] of Object.entries(writes)) {
        expect(times.length, statsId).toBeGreaterThan(1);
        const gaps = times.slice(1).map((at, index) => at - (times[index] ?? 0));
        expect(
          Math.min(...gaps),
          `${statsId} written ${gaps.join(", ")} ms apart`,
        ).toBeGreaterThanOrEqual(1_000);
      }
    },
  );

  it("follow interactions, tasks and projects, and a deleted customer's history", async () => {
    const workspaceId = await freshWorkspace();
    const interaction = (id: string) => adminDb.doc(paths.interaction(workspaceId, id));
    const task = (id: string) => adminDb.doc(paths.task(workspaceId, id));
    const project = adminDb.doc(paths.project(workspaceId, "p1"));
    const at = new Date();
    await interaction("i1").set(
      interactionDoc({
        customerId: "c1",
        type: "call",
        subject: "Arama",
        occurredAt: at,
        createdBy: "u-ayse",
      }),
    );
    await interaction("i2").set(
      interactionDoc({
        customerId: "c1",
        type: "email",
        subject: "Teklif",
        occurredAt: at,
        createdBy: "u-zeynep",
      }),
    );
    await project.set(projectDoc({ name: "Web Sitesi", customerId: "c1", ownerId: "u-ayse" }));
    await task("t1").set(
      taskDoc({
        title: "Tasarım",
        projectId: "p1",
        status: "todo",
        assigneeId: "u-zeynep",
        createdBy: "u-ayse",
      }),
    );
    await task("t2").set(
      taskDoc({
        title: "Teklif gönder",
        projectId: null,
        customerId: "c1",
        status: "todo",
        createdBy: "u-ayse",
      }),
    );
    await statsSettled(workspaceId);

    await interaction("i2").update(edited({ type: "meeting" }));
    await task("t1").update(edited({ status: "done", completedAt: new Date() }));
    await task("t2").delete();
    await project.update(edited({ status: "on_hold" }));
    await statsSettled(workspaceId);
    const stats = await storedStats(workspaceId);
    expect(stats[thisMonth()]).toMatchObject({
      interactions: { count: 2, byType: { call: 1, email: 0, meeting: 1 }, customers: { c1: 2 } },
      tasks: { completed: 1, completedByAssignee: { "u-zeynep": 1 } },
    });
    expect(stats[pipelineStatsId]).toMatchObject({
      projectsByStatus: { active: 0, on_hold: 1 },
      openTasksByAssignee: { "u-zeynep": { count: 0 }, _none: { count: 0 } },
    });

    // Deleting the customer deletes its interactions (onCustomerDeleted); the stats follow.
    await adminDb.doc(paths.customer(workspaceId, "c1")).delete();
    await waitFor(
      async () => (await foldedStats(workspaceId))[thisMonth()],
      (month) => (month?.["interactions"] as { count?: number } | undefined)?.count === 0,
      30_000,
    );
    await statsSettled(workspaceId);
  });

  it("move a stage's deals when its kind changes or it is removed; a rename changes nothing", async () => {
    const workspaceId = await freshWorkspace();
    const start = { customerId: "c1", ownerId: "u-ayse", title: "Web sitesi" };
    await adminDb
      .doc(paths.deal(workspaceId, "d1"))
      .set(dealDoc({ ...start, stage: "proposal", value: 100 }));
    await adminDb
      .doc(paths.deal(workspaceId, "d2"))
      .set(dealDoc({ ...start, stage: "lead", value: 7 }));
    await statsSettled(workspaceId);
    const stages = defaultStages("tr").map((stage) =>
      stage.id === "proposal" ? { ...stage, name: "Teklif verildi", kind: "won" as const } : stage,
    );
    await adminDb.doc(paths.workspace(workspaceId)).update(stageFields(stages));
    await waitFor(
      async () => (await foldedStats(workspaceId))[thisMonth()],
      (month) => (month?.["won"] as { count?: number } | undefined)?.count === 1,
      30_000,
    );
    await statsSettled(workspaceId);
    await adminDb
      .doc(paths.workspace(workspaceId))
      .update(stageFields(stages.filter((stage) => stage.id !== "lead")));
    await waitFor(
      async () => (await foldedStats(workspaceId))[pipelineStatsId],
      (pipeline) =>
        (pipeline?.["openByStage"] as Record<string, { count: number }> | undefined)?.["lead"]
          ?.count === 0,
      30_000,
    );
    await statsSettled(workspaceId);
  });
});

describe("with the emulator's own delivery off", () => {
  beforeAll(disableBackgroundTriggers);
  afterAll(enableBackgroundTriggers);

  it(
    "count duplicated, concurrent and out-of-order events once",
    { timeout: 180_000 },
    async () => {
      const workspaceId = await freshWorkspace();
      const dealEvent = async (dealId: string, write: () => Promise<unknown>, index: string) => {
        const path = paths.deal(workspaceId, dealId);
        const before = await adminDb.doc(path).get();
        await write();
        const after = await adminDb.doc(path).get();
        return writtenEvent(
          `${dealId}-${index}`,
          { workspaceId, entityId: dealId },
          before.exists ? before : await missing(adminDb, path),
          after,
        );
      };
      const dealIds = Array.from({ length: 8 }, (_, index) => `d${index}`);
      await Promise.all(
        dealIds.map(async (dealId, index) => {
          const ref = adminDb.doc(paths.deal(workspaceId, dealId));
          const created = await dealEvent(
            dealId,
            () =>
              ref.set(
                dealDoc({
                  customerId: "c1",
                  ownerId: "u-ayse",
                  stage: "lead",
                  title: dealId,
                  value: 1000 + index,
                }),
              ),
            "create",
          );
          const won = await dealEvent(
            dealId,
            () => ref.update(edited({ stage: "won", closedAt: new Date() })),
            "won",
          );
          const raised = await dealEvent(
            dealId,
            () => ref.update(edited({ value: 5000 })),
            "value",
          );
          // Every event twice at once; the odd deals' events in reverse order.
          const events = index % 2 === 0 ? [created, won, raised] : [raised, won, created];
          for (const event of events)
            await Promise.all([onDealForReports.run(event), onDealForReports.run(event)]);
        }),
      );
      await statsSettled(workspaceId, foldInProcess);
      expect((await storedStats(workspaceId))[thisMonth()]).toMatchObject({
        won: { count: 8, value: { TRY: 40000 } },
      });
    },
  );

  it("let a rebuild's page that a trigger overtook go through the transaction", async () => {
    const workspaceId = await freshWorkspace();
    const ref = adminDb.doc(paths.deal(workspaceId, "d1"));
    const stored = async () => (await ref.get()).data() ?? {};
    const asTriggerSaw = async (before: DocumentData) =>
      entityChange("deal", "d1", before, await stored(), new Date());
    await ref.set(
      dealDoc({ customerId: "c1", ownerId: "u-ayse", stage: "lead", title: "Web", value: 100 }),
    );
    // The rebuild reads the deal, written before the reports, and finds no entry ...
    const open = await stored();
    const page = [entityChange("deal", "d1", open, open, new Date())];
    const read = await readEntries(workspaceId, page);
    // ... someone wins the deal and its trigger makes the entry first ...
    await ref.update(edited({ stage: "won", closedAt: new Date() }));
    await settleStats(workspaceId, [await asTriggerSaw(open)]);
    // ... so the rebuild's batch may not create it: the page goes through the ledger's
    // transaction, which sees it is stale.
    await commitUnlocked(workspaceId, page, read);
    const entry = await adminDb.doc(paths.statsEntry(workspaceId, "deal-d1")).get();
    expect(entry.get("closedKind")).toBe("won");
    await statsSettled(workspaceId, foldInProcess);
  });

  it(
    "rebuild stats of data written before the triggers, for admins only",
    { timeout: 180_000 },
    async () => {
      const workspaceId = `ws-reports-${randomUUID().slice(0, 8)}`;
      const [owner, admin, member, viewer] = await Promise.all(
        Array.from({ length: 4 }, () => createSignedInUser()),
      );
      if (!owner || !admin || !member || !viewer) throw new Error("four users");
      await seedWorkspace(workspaceId, [
        { ...owner, role: "owner" },
        { ...admin, role: "admin" },
        { ...member, role: "member" },
        { ...viewer, role: "viewer" },
      ]);
      await adminDb.doc(paths.customer(workspaceId, "c1")).set(customerDoc("A Şirketi", owner.uid));
      const writes = Array.from({ length: 30 }, (_, index) => {
        const stage = ["lead", "proposal", "won", "lost"][index % 4] ?? "lead";
        return [
          adminDb.doc(paths.deal(workspaceId, `d${index}`)).set(
            dealDoc({
              customerId: "c1",
              ownerId: owner.uid,
              stage,
              title: `Fırsat ${index}`,
              value: index * 10,
            }),
          ),
          adminDb.doc(paths.interaction(workspaceId, `i${index}`)).set(
            interactionDoc({
              customerId: "c1",
              type: "note",
              subject: "Not",
              occurredAt: new Date(Date.UTC(2026, index % 12, 10)),
              createdBy: member.uid,
            }),
          ),
          adminDb.doc(paths.task(workspaceId, `t${index}`)).set(
            taskDoc({
              title: "Görev",
              projectId: null,
              customerId: "c1",
              status: index % 3 ? "todo" : "done",
              createdBy: owner.uid,
            }),
          ),
        ];
      });
      await Promise.all(writes.flat());
      // A wrong stats document left from before is replaced.
      await adminDb
        .doc(paths.statsDoc(workspaceId, monthStatsId("2020-01")))
        .set({ won: { count: 99 } });

      for (const refused of [member, viewer])
        await expectCallableError(
          refused.call("rebuildReports", { workspaceId }),
          "functions/permission-denied",
        );
      expect(await storedStats(workspaceId)).toEqual({
        [monthStatsId("2020-01")]: { won: { count: 99 } },
      });

      // A page per call: each call says where the next goes on, through every step.
      const calls: RebuildReportsResult[] = [];
      let resume: RebuildReportsResult["resume"] = null;
      do {
        const result: RebuildReportsResult = await admin.call("rebuildReports", {
          workspaceId,
          resume,
          pageLimit: 1,
        });
        calls.push(result);
        resume = result.resume;
      } while (resume && calls.length < 20);
      expect(calls.map((call) => call.resume?.step ?? "done")).toEqual([
        "interaction",
        "task",
        "project",
        "deleted",
        "totals",
        "done",
      ]);
      expect(await statsMismatch(workspaceId)).toBeNull();
      expect(calls.reduce((sum, call) => sum + call.documentsRead, 0)).toBeGreaterThanOrEqual(91);
      const stats = await storedStats(workspaceId);
      expect(stats[monthStatsId("2020-01")]).toEqual({});
      expect(stats[thisMonth()]).toMatchObject({ won: { count: 7 }, lost: { count: 7 } });
      // Again in one call, as a repair: the same stats.
      expect(await owner.call("rebuildReports", { workspaceId })).toMatchObject({ resume: null });
      expect(await storedStats(workspaceId)).toEqual(stats);
      await expectCallableError(
        owner.call("rebuildReports", { workspaceId, resume: { step: "somewhere", after: null } }),
        "functions/invalid-argument",
      );
    },
  );
});
