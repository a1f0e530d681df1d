import type { Timestamp } from "firebase-admin/firestore";
import { onDocumentWritten } from "firebase-functions/v2/firestore";
import { paths } from "@pano/domain";
import { db } from "../lib/admin";

// Recomputed from the interactions themselves rather than patched, so redelivered or reordered
// events always converge on the same value.
export const refreshLastContact = async (workspaceId: string, customerId: string) => {
  const customer = db.doc(paths.customer(workspaceId, customerId));
  const latest = await db
    .collection(paths.interactions(workspaceId))
    .where("customerId", "==", customerId)
    .orderBy("occurredAt", "desc")
    .limit(1)
    .get();
  const lastContactAt: Timestamp | null = latest.docs[0]?.get("occurredAt") ?? null;
  await db.runTransaction(async (transaction) => {
    const snapshot = await transaction.get(customer);
    if (!snapshot.exists) return;
    const current: Timestamp | null = snapshot.get("lastContactAt") ?? null;
    const unchanged = current === null ? lastContactAt === null : lastContactAt?.isEqual(current);
    if (!unchanged) transaction.update(customer, { lastContactAt });
  });
};

export const onInteractionWritten = onDocumentWritten(
  "workspaces/{workspaceId}/interactions/{interactionId}",
  async (event) => {
    const customerIds = new Set(
      [event.data?.before.get("customerId"), event.data?.after.get("customerId")].filter(
        (id): id is string => typeof id === "string",
      ),
    );
    await Promise.all(
      [...customerIds].map((id) => refreshLastContact(event.params.workspaceId, id)),
    );
  },
);
