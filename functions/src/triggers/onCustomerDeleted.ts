import { onDocumentDeleted } from "firebase-functions/v2/firestore";
import { paths } from "@pano/domain";
import { db } from "../lib/admin";

// Firestore batches take at most 500 writes.
const batchSize = 400;

// A deleted customer takes its communication history with it; rerunning after a redelivery or a
// crash just deletes whatever is left.
export const deleteCustomerInteractions = async (workspaceId: string, customerId: string) => {
  const interactions = db
    .collection(paths.interactions(workspaceId))
    .where("customerId", "==", customerId);
  for (;;) {
    const page = await interactions.limit(batchSize).get();
    if (page.empty) return;
    const batch = db.batch();
    for (const document of page.docs) batch.delete(document.ref);
    await batch.commit();
  }
};

export const onCustomerDeleted = onDocumentDeleted(
  "workspaces/{workspaceId}/customers/{customerId}",
  (event) => deleteCustomerInteractions(event.params.workspaceId, event.params.customerId),
);
