import { doc, getDocs } from "firebase/firestore";
import { customerEdit, newCustomer, type ExistingCustomer, type ImportPlan } from "@pano/domain";
import { inQueries } from "@/lib/firebase/watchByIds";
import { newBatch, serverTime, type Batch } from "@/lib/firebase/writes";
import { customerRef, customersRef } from "@/lookups/data/customerRefs";

// The workspace's customers using these addresses, by address, every customer sharing one listed
// in id order so the review names them the same way each time.
export const fetchCustomersByEmail = async (workspaceId: string, emails: string[]) => {
  const unique = [...new Set(emails.filter(Boolean))];
  const snapshots = await Promise.all(
    inQueries(customersRef(workspaceId), "email", unique).map((emailQuery) => getDocs(emailQuery)),
  );
  const documents = snapshots
    .flatMap((snapshot) => snapshot.docs)
    .sort((first, second) => (first.id < second.id ? -1 : first.id > second.id ? 1 : 0));
  const found = new Map<string, ExistingCustomer[]>();
  for (const document of documents) {
    const { name, company, title, email, phone, tags, ownerId } = document.data();
    const customer = {
      id: document.id,
      fields: { name, company, title, email, phone, tags, ownerId },
    };
    found.set(email, [...(found.get(email) ?? []), customer]);
  }
  return found;
};

// A Firestore batch holds at most 500 writes; each committed batch reports progress.
const importBatchSize = 400;

export const importCustomers = async (
  workspaceId: string,
  importedBy: string,
  { create, update }: ImportPlan,
  onProgress: (written: number) => void,
) => {
  const writes = [
    ...create.map((fields) => (batch: Batch) => {
      batch.set(doc(customersRef(workspaceId)), newCustomer(fields, importedBy, serverTime()));
    }),
    ...update.map(({ id, fields }) => (batch: Batch) => {
      batch.update(
        customerRef(workspaceId, id),
        customerEdit(fields, fields, importedBy, serverTime()),
      );
    }),
  ];
  for (let start = 0; start < writes.length; start += importBatchSize) {
    const batch = newBatch();
    for (const write of writes.slice(start, start + importBatchSize)) write(batch);
    await batch.commit();
    onProgress(Math.min(start + importBatchSize, writes.length));
  }
};
