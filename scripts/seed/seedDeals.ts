import type { Auth } from "firebase-admin/auth";
import type { Firestore } from "firebase-admin/firestore";
import {
  closingChange,
  dealInputSchema,
  defaultStages,
  newDeal,
  paths,
  rankForIndex,
  type Ranked,
} from "@pano/domain";
import { demoDeals } from "./demoDeals";
import { demoTeam, demoWorkspace } from "./demoTeam";

const day = 24 * 60 * 60 * 1000;
const writers = demoTeam.filter((person) => person.role !== "viewer");

// Deals in every stage of Demo Ajans's pipeline; won ones get their project from the trigger.
export const seedDeals = async (_auth: Auth, db: Firestore) => {
  const batch = db.batch();
  const now = Date.now();
  const columns = new Map<string, Ranked[]>();
  demoDeals.forEach((demo, index) => {
    const owner = writers[index % writers.length];
    if (!owner) return;
    const dealId = `demo-deal-${index + 1}`;
    const column = columns.get(demo.stage) ?? [];
    const rank = rankForIndex(column, column.length);
    columns.set(demo.stage, [...column, { id: dealId, rank }]);
    const fields = dealInputSchema.parse({
      title: demo.title,
      customerId: `demo-customer-${demo.customer}`,
      value: demo.value,
      currency: demo.currency,
      expectedCloseAt: demo.closesInDays === null ? null : new Date(now + demo.closesInDays * day),
      ownerId: owner.uid,
    });
    const created = new Date(now - (3 + index * 2) * day);
    batch.set(
      db.doc(paths.deal(demoWorkspace.id, dealId)),
      newDeal(
        fields,
        { stage: demo.stage, rank, lostReason: demo.lostReason ?? null },
        closingChange(defaultStages("tr"), undefined, demo.stage),
        owner.uid,
        created,
      ),
    );
  });
  await batch.commit();
};
