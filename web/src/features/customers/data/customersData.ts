import { collection, doc, limit, onSnapshot, query, where } from "firebase/firestore";
import {
  customerEdit,
  customerInputSchema,
  newCustomer,
  paths,
  type Customer,
  type CustomerFields,
} from "@pano/domain";
import { db } from "@/lib/firebase/firestore";
import { subscribeDoc, type Listener, type Row } from "@/lib/firebase/subscribe";
import { writerUid } from "@/lib/firebase/writerUid";
import { deleteDocument, serverTime, setDocument, updateDocument } from "@/lib/firebase/writes";
import { customerRef, customersRef } from "@/lookups/data/customerRefs";

export const watchCustomer = (
  workspaceId: string,
  customerId: string,
  listener: Listener<Row<Customer> | null>,
) => subscribeDoc(customerRef(workspaceId, customerId), listener);

// The id is known at once (the page can open from the local cache); committed settles when the
// server accepts or refuses the write.
export const createCustomer = (workspaceId: string, createdBy: string, fields: CustomerFields) => {
  const reference = doc(customersRef(workspaceId));
  const committed = setDocument(reference, newCustomer(fields, createdBy, serverTime()));
  return { customerId: reference.id, committed };
};

// A customer known only by name, added from another form (a new deal's customer picker); its
// owner is whoever adds it, and the rest is filled in on its page.
export const createCustomerNamed = (workspaceId: string, createdBy: string, name: string) =>
  createCustomer(workspaceId, createdBy, customerInputSchema.parse({ name, ownerId: createdBy }));

// changes: only the fields the person changed; current: the customer as the page sees it, for the
// search fields derived from the name and the company.
export const updateCustomer = (
  workspaceId: string,
  customerId: string,
  changes: Partial<CustomerFields>,
  current: Customer,
) =>
  updateDocument(
    customerRef(workspaceId, customerId),
    customerEdit(changes, current, writerUid(), serverTime()),
  );

export const deleteCustomer = (workspaceId: string, customerId: string) =>
  deleteDocument(customerRef(workspaceId, customerId));

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
