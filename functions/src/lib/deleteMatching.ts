import type { Query } from "firebase-admin/firestore";
import { db } from "./admin";

// Firestore batches take at most 500 writes.
const batchSize = 400;

// Deletes every document the query matches, a batch at a time; rerunning it after a redelivery
// or a crash just deletes whatever is left.
export const deleteMatching = async (query: Query) => {
  for (;;) {
    const page = await query.limit(batchSize).get();
    if (page.empty) return;
    const batch = db.batch();
    for (const document of page.docs) batch.delete(document.ref);
    await batch.commit();
  }
};
