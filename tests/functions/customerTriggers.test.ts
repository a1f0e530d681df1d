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

const logInteraction = (
  id: string,
  customerId: string,
  occurredAt: string,
  followUpAt: string | null = null,
) =>
  adminDb.doc(paths.interaction(workspaceId, id)).set(
    interactionDoc({
      customerId,
      type: "note",
      subject: `Not ${id}`,
      occurredAt: new Date(occurredAt),
      followUpAt: followUpAt === null ? null : new Date(followUpAt),
      createdBy: "u1",
    }),
  );

const customerDate = async (customerId: string, field: "lastContactAt" | "openFollowUpAt") =>
  (
    (await adminDb.doc(paths.customer(workspaceId, customerId)).get()).get(field) as
      Timestamp | null | undefined
  )
    ?.toDate()
    .toISOString() ?? null;

const lastContact = (customerId: string) => customerDate(customerId, "lastContactAt");

const contact = async (customerId: string) => ({
  last: await customerDate(customerId, "lastContactAt"),
  open: await customerDate(customerId, "openFollowUpAt"),
});

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

  // Its own customer and interaction ids: clearing the previous test's data deletes customer c1,
  // and that deletion's cascade may still be removing c1's interactions when this test starts.
  it("keeps the earliest follow-up no later interaction has answered open on the customer", async () => {
    await seedCustomer("c-follow");
    const holds = (last: string, open: string | null) =>
      waitFor(
        () => contact("c-follow"),
        (value) => value.last === last && value.open === open,
      );
    await logInteraction("f1", "c-follow", "2026-11-01T09:00:00.000Z", "2026-11-05T09:00:00.000Z");
    await holds("2026-11-01T09:00:00.000Z", "2026-11-05T09:00:00.000Z");
    // Talking to the customer after the follow-up's date answers it.
    await logInteraction("f2", "c-follow", "2026-11-06T09:00:00.000Z");
    await holds("2026-11-06T09:00:00.000Z", null);
    await adminDb.doc(paths.interaction(workspaceId, "f2")).delete();
    await holds("2026-11-01T09:00:00.000Z", "2026-11-05T09:00:00.000Z");
    await adminDb
      .doc(paths.interaction(workspaceId, "f1"))
      .update({ followUpAt: new Date("2026-11-08T09:00:00.000Z"), updatedAt: new Date() });
    await holds("2026-11-01T09:00:00.000Z", "2026-11-08T09:00:00.000Z");
    // An older interaction's follow-up, still after the last contact, comes due first.
    await logInteraction("f0", "c-follow", "2026-10-20T09:00:00.000Z", "2026-11-03T09:00:00.000Z");
    await holds("2026-11-01T09:00:00.000Z", "2026-11-03T09:00:00.000Z");
    await adminDb.doc(paths.interaction(workspaceId, "f0")).delete();
    await adminDb
      .doc(paths.interaction(workspaceId, "f1"))
      .update({ followUpAt: null, updatedAt: new Date() });
    await holds("2026-11-01T09:00:00.000Z", null);
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
