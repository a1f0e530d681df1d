import { onDocumentWritten } from "firebase-functions/v2/firestore";
import { customerSchema, interactionSchema, paths } from "@pano/domain";
import { db } from "../lib/admin";
import { converter } from "../lib/converter";
import { eventData } from "../lib/eventData";
import { customerRef } from "../lib/refs";
import { retriedTrigger } from "../lib/retriedTrigger";
import { updateIn } from "../lib/typedWrites";

const occurredAtOnly = interactionSchema.pick({ occurredAt: true });
const lastContactOnly = customerSchema.pick({ lastContactAt: true });
const customerIdOnly = interactionSchema.pick({ customerId: true });

// Recomputed from the interactions themselves rather than patched, and read inside the
// transaction: Cloud Functions runs handlers in parallel, and one that queried before the newest
// interaction existed must not commit its older date after that interaction's handler.
export const refreshLastContact = (workspaceId: string, customerId: string) => {
  const customer = customerRef(workspaceId, customerId);
  const latestQuery = db
    .collection(paths.interactions(workspaceId))
    .withConverter(converter(occurredAtOnly))
    .where("customerId", "==", customerId)
    .orderBy("occurredAt", "desc")
    .limit(1);
  return db.runTransaction(async (transaction) => {
    const [snapshot, latest] = await Promise.all([
      transaction.get(customer.withConverter(converter(lastContactOnly))),
      transaction.get(latestQuery),
    ]);
    const current = snapshot.data();
    if (!current) return;
    const lastContactAt = latest.docs[0]?.data().occurredAt ?? null;
    if (lastContactAt?.getTime() !== current.lastContactAt?.getTime())
      updateIn(transaction, customer, { lastContactAt });
  });
};

export const onInteractionWritten = onDocumentWritten(
  retriedTrigger(paths.interaction("{workspaceId}", "{interactionId}")),
  async (event) => {
    const customerIds = new Set(
      [
        eventData(customerIdOnly, event.data?.before),
        eventData(customerIdOnly, event.data?.after),
      ].flatMap((interaction) => (interaction ? [interaction.customerId] : [])),
    );
    await Promise.all(
      [...customerIds].map((id) => refreshLastContact(event.params.workspaceId, id)),
    );
  },
);
