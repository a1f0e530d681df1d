import type { Timestamp } from "firebase-admin/firestore";
import { onDocumentWritten } from "firebase-functions/v2/firestore";
import { paths } from "@pano/domain";
import { db } from "../lib/admin";
import { retriedTrigger } from "../lib/retriedTrigger";

// Recomputed from the interactions themselves rather than patched, and read inside the
// transaction: Cloud Functions runs handlers in parallel, and one that queried before the newest
// interaction existed must not commit its older date after that interaction's handler.
export const refreshLastContact = (workspaceId: string, customerId: string) => {
  const customer = db.doc(paths.customer(workspaceId, customerId));
  const latestQuery = db
    .collection(paths.interactions(workspaceId))
    .where("customerId", "==", customerId)
    .orderBy("occurredAt", "desc")
    .limit(1);
  return db.runTransaction(async (transaction) => {
    const [snapshot, latest] = await Promise.all([
      transaction.get(customer),
      transaction.get(latestQuery),
    ]);
    if (!snapshot.exists) return;
    const lastContactAt: Timestamp | null = latest.docs[0]?.get("occurredAt") ?? null;
    const current: Timestamp | null = snapshot.get("lastContactAt") ?? null;
    const unchanged = current === null ? lastContactAt === null : lastContactAt?.isEqual(current);
    if (!unchanged) transaction.update(customer, { lastContactAt });
  });
};

export const onInteractionWritten = onDocumentWritten(
  retriedTrigger("workspaces/{workspaceId}/interactions/{interactionId}"),
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
