import type { Auth } from "firebase-admin/auth";
import type { Firestore } from "firebase-admin/firestore";
import {
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

// Demo Ajans's customers, each with a few interactions spread over the past weeks.
export const seedCustomers = async (_auth: Auth, db: Firestore) => {
  const batch = db.batch();
  const now = Date.now();
  demoCustomers.forEach((demo, index) => {
    const owner = writers[index % writers.length];
    if (!owner) return;
    const fields = customerInputSchema.parse({ ...demo, ownerId: owner.uid });
    const customerId = `demo-customer-${index + 1}`;
    const interactions = demoInteractions.slice(0, 1 + (index % demoInteractions.length));
    const occurredAt = (step: number) => new Date(now - (index + 1 + step * 3) * day);
    // The last contact the interactions function works out, there also where no functions run.
    batch.set(db.doc(paths.customer(demoWorkspace.id, customerId)), {
      ...newCustomer(fields, owner.uid, new Date(now - 60 * day + index * day)),
      lastContactAt: occurredAt(0),
    });
    interactions.forEach((interaction, step) => {
      const followUpAt = step === 0 && index % 3 === 0 ? new Date(now + (index + 2) * day) : null;
      const occurred = occurredAt(step);
      batch.set(
        db.doc(paths.interaction(demoWorkspace.id, `${customerId}-i${step + 1}`)),
        newInteraction(
          customerId,
          interactionInputSchema.parse({ ...interaction, occurredAt: occurred, followUpAt }),
          owner.uid,
          occurred,
        ),
      );
    });
  });
  await batch.commit();
};
