import type { Auth } from "firebase-admin/auth";
import { Timestamp, type Firestore } from "firebase-admin/firestore";
import { customerDerivedFields, customerInputSchema, paths } from "@pano/domain";
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
    const occurred = interactions.map((_, step) =>
      Timestamp.fromMillis(now - (index + 1 + step * 3) * day),
    );
    batch.set(db.doc(paths.customer(demoWorkspace.id, customerId)), {
      ...fields,
      ...customerDerivedFields(fields),
      lastContactAt: occurred[0] ?? null,
      createdBy: owner.uid,
      createdAt: Timestamp.fromMillis(now - 60 * day + index * day),
      updatedAt: Timestamp.fromMillis(now - 60 * day + index * day),
    });
    interactions.forEach((interaction, step) => {
      batch.set(db.doc(paths.interaction(demoWorkspace.id, `${customerId}-i${step + 1}`)), {
        ...interaction,
        customerId,
        occurredAt: occurred[step],
        followUpAt:
          step === 0 && index % 3 === 0 ? Timestamp.fromMillis(now + (index + 2) * day) : null,
        createdBy: owner.uid,
        createdAt: occurred[step],
        updatedAt: occurred[step],
      });
    });
  });
  await batch.commit();
};
