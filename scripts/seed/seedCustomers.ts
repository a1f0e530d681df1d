import type { Auth } from "firebase-admin/auth";
import type { Firestore } from "firebase-admin/firestore";
import {
  customerContact,
  customerInputSchema,
  interactionInputSchema,
  newCustomer,
  newInteraction,
  paths,
} from "@pano/domain";
import { demoCustomers, demoInteractions } from "./demoCustomers";
import { demoTeam, demoWorkspace } from "./demoTeam";

const day = 24 * 60 * 60 * 1000;
const writers = demoTeam.filter((person) => person.role !== "viewer");

// When a customer's latest interaction (step 0) asks to follow up: every third customer in a few
// days, and a few others on a day that has passed with no contact since, so the Reports page has
// overdue follow-ups to show.
const followUpFor = (index: number, occurredAt: Date, now: number) => {
  if (index % 3 === 0) return new Date(now + (index + 2) * day);
  if (index % 6 === 4) return new Date(occurredAt.getTime() + 2 * day);
  return null;
};

// Demo Ajans's customers, each with a few interactions spread over the past weeks.
export const seedCustomers = async (_auth: Auth, db: Firestore) => {
  const batch = db.batch();
  const now = Date.now();
  demoCustomers.forEach((demo, index) => {
    const owner = writers[index % writers.length];
    if (!owner) return;
    const fields = customerInputSchema.parse({ ...demo, ownerId: owner.uid });
    const customerId = `demo-customer-${index + 1}`;
    const occurredAt = (step: number) => new Date(now - (index + 1 + step * 3) * day);
    const interactions = demoInteractions
      .slice(0, 1 + (index % demoInteractions.length))
      .map((interaction, step) =>
        interactionInputSchema.parse({
          ...interaction,
          occurredAt: occurredAt(step),
          followUpAt: step === 0 ? followUpFor(index, occurredAt(step), now) : null,
        }),
      );
    // What the interactions function works out, there also where no functions run.
    batch.set(db.doc(paths.customer(demoWorkspace.id, customerId)), {
      ...newCustomer(fields, owner.uid, new Date(now - 60 * day + index * day)),
      ...customerContact(interactions),
    });
    interactions.forEach((interaction, step) => {
      batch.set(
        db.doc(paths.interaction(demoWorkspace.id, `${customerId}-i${step + 1}`)),
        newInteraction(customerId, interaction, owner.uid, interaction.occurredAt),
      );
    });
  });
  await batch.commit();
};
