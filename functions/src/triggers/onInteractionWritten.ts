import { onDocumentWritten } from "firebase-functions/v2/firestore";
import { customerSchema, interactionSchema, paths } from "@pano/domain";
import { db } from "../lib/admin";
import { converter } from "../lib/converter";
import { eventData } from "../lib/eventData";
import { customerRef } from "../lib/refs";
import { retriedTrigger } from "../lib/retriedTrigger";
import { updateIn } from "../lib/typedWrites";

const occurredAtOnly = interactionSchema.pick({ occurredAt: true });
const followUpAtOnly = interactionSchema.pick({ followUpAt: true });
const contactOnly = customerSchema.pick({ lastContactAt: true, openFollowUpAt: true });
const customerIdOnly = interactionSchema.pick({ customerId: true });

const sameTime = (a: Date | null, b: Date | null) => a?.getTime() === b?.getTime();

// Recomputed from the interactions themselves rather than patched, and read inside the
// transaction: Cloud Functions runs handlers in parallel, and one that queried before the newest
// interaction existed must not commit its older dates after that interaction's handler. The open
// follow-up is the earliest followUpAt later than the last contact (customerContact in the domain
// says the same over a list), found by a second query once the last contact is known.
export const refreshLastContact = (workspaceId: string, customerId: string) => {
  const customer = customerRef(workspaceId, customerId);
  const interactions = db
    .collection(paths.interactions(workspaceId))
    .where("customerId", "==", customerId);
  const latestQuery = interactions
    .withConverter(converter(occurredAtOnly))
    .orderBy("occurredAt", "desc")
    .limit(1);
  const openFollowUpQuery = (lastContactAt: Date) =>
    interactions
      .withConverter(converter(followUpAtOnly))
      .where("followUpAt", ">", lastContactAt)
      .orderBy("followUpAt")
      .limit(1);
  return db.runTransaction(async (transaction) => {
    const [snapshot, latest] = await Promise.all([
      transaction.get(customer.withConverter(converter(contactOnly))),
      transaction.get(latestQuery),
    ]);
    const current = snapshot.data();
    if (!current) return;
    const lastContactAt = latest.docs[0]?.data().occurredAt ?? null;
    // No interaction, no follow-up: nothing to query.
    const openFollowUpAt = lastContactAt
      ? ((await transaction.get(openFollowUpQuery(lastContactAt))).docs[0]?.data().followUpAt ??
        null)
      : null;
    if (
      !sameTime(lastContactAt, current.lastContactAt) ||
      !sameTime(openFollowUpAt, current.openFollowUpAt)
    )
      updateIn(transaction, customer, { lastContactAt, openFollowUpAt });
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
