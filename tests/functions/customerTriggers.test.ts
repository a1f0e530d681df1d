import type { Timestamp } from "firebase-admin/firestore";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { paths } from "@pano/domain";
import { customerDoc, interactionDoc } from "@pano/testing/documents";
import { adminDb, clearFirestore, closeClients } from "@pano/testing/emulatorClients";
import { waitFor } from "@pano/testing/waitFor";

const workspaceId = "ws-crm";

beforeEach(clearFirestore);
afterAll(closeClients);

const seedCustomer = (id: string) =>
  adminDb.doc(paths.customer(workspaceId, id)).set(customerDoc(`Müşteri ${id}`, "u1"));

const logInteraction = (id: string, customerId: string, occurredAt: string) =>
  adminDb.doc(paths.interaction(workspaceId, id)).set(
    interactionDoc({
      customerId,
      type: "note",
      subject: `Not ${id}`,
      occurredAt: new Date(occurredAt),
      createdBy: "u1",
    }),
  );

const lastContact = async (customerId: string) =>
  (
    (await adminDb.doc(paths.customer(workspaceId, customerId)).get()).get(
      "lastContactAt",
    ) as Timestamp | null
  )
    ?.toDate()
    .toISOString() ?? null;

const interactionCount = async (customerId: string) =>
  (
    await adminDb
      .collection(paths.interactions(workspaceId))
      .where("customerId", "==", customerId)
      .get()
  ).size;

describe("onInteractionWritten", () => {
  it("keeps the customer's last contact at its latest interaction through adds, edits and deletes", async () => {
    await seedCustomer("c1");
    await logInteraction("i1", "c1", "2026-11-01T09:00:00.000Z");
    await waitFor(
      () => lastContact("c1"),
      (value) => value === "2026-11-01T09:00:00.000Z",
    );
    await logInteraction("i2", "c1", "2026-11-20T09:00:00.000Z");
    await waitFor(
      () => lastContact("c1"),
      (value) => value === "2026-11-20T09:00:00.000Z",
    );
    await logInteraction("i0", "c1", "2026-10-01T09:00:00.000Z");
    await adminDb.doc(paths.interaction(workspaceId, "i2")).delete();
    await waitFor(
      () => lastContact("c1"),
      (value) => value === "2026-11-01T09:00:00.000Z",
    );
    await adminDb.doc(paths.interaction(workspaceId, "i1")).delete();
    await adminDb.doc(paths.interaction(workspaceId, "i0")).delete();
    await waitFor(
      () => lastContact("c1"),
      (value) => value === null,
    );
  });
});

describe("onCustomerDeleted", () => {
  it("deletes the customer's interactions and nobody else's", async () => {
    await Promise.all([seedCustomer("gone"), seedCustomer("kept")]);
    await Promise.all([
      ...Array.from({ length: 12 }, (_, index) =>
        logInteraction(`gone-${index}`, "gone", "2026-11-02T10:00:00.000Z"),
      ),
      logInteraction("kept-1", "kept", "2026-11-02T10:00:00.000Z"),
    ]);
    await adminDb.doc(paths.customer(workspaceId, "gone")).delete();
    await waitFor(
      () => interactionCount("gone"),
      (count) => count === 0,
    );
    expect(await interactionCount("kept")).toBe(1);
  });
});
