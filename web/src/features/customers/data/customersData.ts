import {
  collection,
  deleteDoc,
  doc,
  limit,
  onSnapshot,
  query,
  serverTimestamp,
  where,
} from "firebase/firestore";
import {
  customerDerivedFields,
  customerSchema,
  paths,
  type Customer,
  type CustomerFields,
} from "@pano/domain";
import { db } from "@/lib/firebase/firestore";
import { subscribeDoc, type Listener, type Row } from "@/lib/firebase/subscribe";
import { rawDoc, typedDoc } from "@/lib/firebase/typedRefs";
import { setDocument, updateDocument } from "@/lib/firebase/writes";

export const watchCustomer = (
  workspaceId: string,
  customerId: string,
  listener: Listener<Row<Customer> | null>,
) => subscribeDoc(typedDoc(paths.customer(workspaceId, customerId), customerSchema), listener);

// What an edit writes; shared with the import, which updates customers the same way.
export const customerWrite = (fields: CustomerFields) => ({
  ...fields,
  ...customerDerivedFields(fields),
  updatedAt: serverTimestamp(),
});

export const newCustomerWrite = (fields: CustomerFields, createdBy: string) => ({
  ...customerWrite(fields),
  lastContactAt: null,
  createdBy,
  createdAt: serverTimestamp(),
});

// The id is known at once (the page can open from the local cache); committed settles when the
// server accepts or refuses the write.
export const createCustomer = (workspaceId: string, createdBy: string, fields: CustomerFields) => {
  const reference = doc(collection(db, paths.customers(workspaceId)));
  const committed = setDocument(reference, newCustomerWrite(fields, createdBy));
  return { customerId: reference.id, committed };
};

export const updateCustomer = (workspaceId: string, customerId: string, fields: CustomerFields) =>
  updateDocument(rawDoc(paths.customer(workspaceId, customerId)), customerWrite(fields));

export const deleteCustomer = (workspaceId: string, customerId: string) =>
  deleteDoc(rawDoc(paths.customer(workspaceId, customerId)));

// For the duplicate warning: another customer already using this address.
export const findCustomerIdsByEmail = (
  workspaceId: string,
  email: string,
  listener: Listener<string[]>,
) =>
  onSnapshot(
    query(collection(db, paths.customers(workspaceId)), where("email", "==", email), limit(2)),
    (snapshot) => listener.next(snapshot.docs.map((document) => document.id)),
    listener.error,
  );
