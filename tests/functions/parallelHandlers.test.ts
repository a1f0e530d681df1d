import { randomUUID } from "node:crypto";
import { Timestamp } from "firebase-admin/firestore";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { paths } from "@pano/domain";
import { projectCounter } from "../../functions/src/aggregates/projectCounters";
import { foldCounter } from "../../functions/src/lib/shardedCounter";
import { onDealWritten } from "../../functions/src/triggers/onDealWritten";
import { onInteractionWritten } from "../../functions/src/triggers/onInteractionWritten";
import { onTaskWritten } from "../../functions/src/triggers/onTaskWritten";
import {
  customerDoc,
  interactionDoc,
  projectDoc,
  taskDoc,
  workspaceDoc,
} from "@pano/testing/documents";
import { onTaskAssigned } from "../../functions/src/triggers/onTaskAssigned";
import { onCustomerHandedOver } from "../../functions/src/triggers/onCustomerHandedOver";
import { onDealHandedOver } from "../../functions/src/triggers/onDealHandedOver";
import { onInviteWritten } from "../../functions/src/triggers/onInviteWritten";
import { onNotificationCreated } from "../../functions/src/triggers/onNotificationCreated";
import { adminDb, clearFirestore, closeClients } from "@pano/testing/emulatorClients";
import {
  disableBackgroundTriggers,
  enableBackgroundTriggers,
} from "@pano/testing/backgroundTriggers";
import { handProject, websiteDeal } from "./support/websiteDeal";
import { missing as missingDocument, writtenEvent } from "@pano/testing/triggerEvents";
import { waitFor } from "@pano/testing/waitFor";

const workspaceId = "ws-parallel";

const missing = (path: string) => missingDocument(adminDb, path);

// Every trigger asks for retries, so Cloud Functions redelivers an event whose run failed (here:
// a transaction that lost too often to its contenders); the test delivers the same way.
const deliver = async <Event>(trigger: { run: (event: Event) => unknown }, event: Event) => {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await trigger.run(event);
    } catch (error) {
      if (attempt === 5) throw error;
    }
  }
};

describe("redelivery", () => {
  it.each([
    ["onInteractionWritten", onInteractionWritten],
    ["onTaskWritten", onTaskWritten],
    ["onDealWritten", onDealWritten],
    ["onTaskAssigned", onTaskAssigned],
    ["onCustomerHandedOver", onCustomerHandedOver],
    ["onDealHandedOver", onDealHandedOver],
    ["onInviteWritten", onInviteWritten],
    ["onNotificationCreated", onNotificationCreated],
  ])("%s asks Cloud Functions to redeliver a failed event", (_, trigger) => {
    expect(trigger.__endpoint.eventTrigger?.retry).toBe(true);
  });
});

beforeAll(disableBackgroundTriggers);
afterAll(async () => {
  await enableBackgroundTriggers();
  await closeClients();
});
beforeEach(clearFirestore);

describe("last contact under parallel, overlapping and duplicated events", () => {
  const customerId = "c1";
  const seedCustomer = () =>
    adminDb.doc(paths.customer(workspaceId, customerId)).set(customerDoc("A Şirketi", "u1"));

  // Each interaction is written and its handler started at once, twice (a redelivery), while the
  // next ones are still being written: a handler that looks before the newest interaction exists
  // must not have the last word.
  const logAndHandleInParallel = async (count: number) => {
    const start = Date.UTC(2026, 10, 1, 9);
    const handled = Array.from({ length: count }, async (_, index) => {
      const path = paths.interaction(workspaceId, `i${index}`);
      await adminDb.doc(path).set(
        interactionDoc({
          customerId,
          type: "call",
          subject: `Görüşme ${index}`,
          occurredAt: new Date(start + index * 60_000),
          createdBy: "u1",
        }),
      );
      const [before, after] = await Promise.all([missing(path), adminDb.doc(path).get()]);
      const event = writtenEvent(
        `event-${index}`,
        { workspaceId, interactionId: `i${index}` },
        before,
        after,
      );
      await Promise.all([
        deliver(onInteractionWritten, event),
        deliver(onInteractionWritten, event),
      ]);
    });
    await Promise.all(handled);
    return Timestamp.fromMillis(start + (count - 1) * 60_000);
  };

  it.each([1, 2, 3])("ends at the newest interaction (round %i of 20 interactions)", async () => {
    await seedCustomer();
    const newest = await logAndHandleInParallel(20);
    const customer = await adminDb.doc(paths.customer(workspaceId, customerId)).get();
    expect(customer.get("lastContactAt")?.toMillis()).toBe(newest.toMillis());
  });

  it("falls back to the previous interaction when the newest is deleted, whatever the order", async () => {
    await seedCustomer();
    await logAndHandleInParallel(5);
    const path = paths.interaction(workspaceId, "i4");
    const before = await adminDb.doc(path).get();
    await adminDb.doc(path).delete();
    const after = await adminDb.doc(path).get();
    const deleted = writtenEvent(
      "event-delete",
      { workspaceId, interactionId: "i4" },
      before,
      after,
    );
    const stale = writtenEvent(
      "event-4",
      { workspaceId, interactionId: "i4" },
      await missing(path),
      before,
    );
    await Promise.all([
      deliver(onInteractionWritten, deleted),
      deliver(onInteractionWritten, stale),
      deliver(onInteractionWritten, deleted),
    ]);
    const customer = await adminDb.doc(paths.customer(workspaceId, customerId)).get();
    expect(customer.get("lastContactAt")?.toDate()).toEqual(new Date(Date.UTC(2026, 10, 1, 9, 3)));
  });
});

describe("project counters under parallel and duplicated events", () => {
  // The emulator serialises contending transactions with lock timeouts, so this one takes a while:
  // 131 s on a slow day of the 2-core machine, and past 180 s once the Functions emulator's own
  // deferred folds contended too.
  it(
    "counts each of 10 tasks once when every event arrives twice at the same time",
    { timeout: 420_000 },
    async () => {
      const projectId = `p-${randomUUID().slice(0, 8)}`;
      const project = adminDb.doc(paths.project(workspaceId, projectId));
      await project.set(
        projectDoc({ name: "Web Sitesi Yenileme", customerId: "c1", ownerId: "u1" }),
      );
      const statuses = (index: number) => (index % 4 === 0 ? "done" : "todo");
      await Promise.all(
        Array.from({ length: 10 }, async (_, index) => {
          const path = paths.task(workspaceId, `${projectId}-t${index}`);
          await adminDb.doc(path).set(
            taskDoc({
              title: `Görev ${index}`,
              projectId,
              status: statuses(index),
              createdBy: "u1",
            }),
          );
          const created = writtenEvent(
            `create-${projectId}-${index}`,
            { workspaceId, taskId: `${projectId}-t${index}` },
            await missing(path),
            await adminDb.doc(path).get(),
          );
          await Promise.all([deliver(onTaskWritten, created), deliver(onTaskWritten, created)]);
          if (index % 2 === 1) {
            const before = await adminDb.doc(path).get();
            await adminDb.doc(path).update({ status: "done" });
            const moved = writtenEvent(
              `move-${projectId}-${index}`,
              { workspaceId, taskId: `${projectId}-t${index}` },
              before,
              await adminDb.doc(path).get(),
            );
            await Promise.all([deliver(onTaskWritten, moved), deliver(onTaskWritten, moved)]);
          }
        }),
      );
      // A fold may have had to wait again and left its request to the scheduled run: fold
      // directly once the second since the previous fold has passed.
      await waitFor(
        () => foldCounter(projectCounter(workspaceId, projectId)),
        (fold) => fold.outcome === "folded",
      );
      const counters = (await project.get()).data();
      // 3 created done (0, 4, 8) and 5 moved to done (the odd ones).
      expect({
        taskCount: counters?.["taskCount"],
        doneTaskCount: counters?.["doneTaskCount"],
      }).toEqual({
        taskCount: 10,
        doneTaskCount: 8,
      });
    },
  );
});

describe("won deal under parallel and duplicated events", () => {
  const ownerId = "u-owner";
  const seedWonDeal = async (dealId: string, linkProjectId: string | null) => {
    await adminDb.doc(paths.workspace(workspaceId)).set(workspaceDoc("Demo Ajans", ownerId));
    const path = paths.deal(workspaceId, dealId);
    const before = await adminDb.doc(path).get();
    // Written already won, with the project request a move into the won stage carries.
    await adminDb.doc(path).set({ ...websiteDeal(ownerId, "won"), linkProjectId });
    return writtenEvent(
      `won-${dealId}`,
      { workspaceId, dealId },
      before,
      await adminDb.doc(path).get(),
    );
  };
  const projectsOf = async (dealId: string) =>
    (await adminDb.collection(paths.projects(workspaceId)).where("dealId", "==", dealId).get())
      .docs;

  it("makes one project when the won event arrives five times at once", async () => {
    const event = await seedWonDeal("d1", null);
    await Promise.all(Array.from({ length: 5 }, () => deliver(onDealWritten, event)));
    expect((await projectsOf("d1")).map((project) => project.id)).toEqual(["deal-d1"]);
    const deal = await adminDb.doc(paths.deal(workspaceId, "d1")).get();
    expect(deal.get("projectId")).toBe("deal-d1");
    expect((await adminDb.collection(paths.notifications(ownerId)).get()).size).toBe(1);
  });

  it("links the requested project once when the event arrives five times at once", async () => {
    await adminDb.doc(paths.project(workspaceId, "p-hand")).set(handProject(ownerId));
    const event = await seedWonDeal("d2", "p-hand");
    await Promise.all(Array.from({ length: 5 }, () => deliver(onDealWritten, event)));
    expect((await projectsOf("d2")).map((project) => project.id)).toEqual(["p-hand"]);
    expect((await adminDb.doc(paths.project(workspaceId, "deal-d2")).get()).exists).toBe(false);
    expect((await adminDb.collection(paths.notifications(ownerId)).get()).size).toBe(1);
  });
});
