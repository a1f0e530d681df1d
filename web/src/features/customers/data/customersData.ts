import {
  collection,
  deleteDoc,
  doc,
  getDocs,
  limit,
  onSnapshot,
  orderBy,
  query,
  serverTimestamp,
  startAfter,
  where,
  type QueryConstraint,
  type QueryDocumentSnapshot,
} from "firebase/firestore";
import {
  customerDerivedFields,
  customerSchema,
  paths,
  searchTokenFor,
  type Customer,
  type CustomerFields,
} from "@pano/domain";
import { db } from "@/lib/firebase/firestore";
import { subscribeDoc, type Listener, type Row } from "@/lib/firebase/subscribe";
import { rawDoc, typedCollection, typedDoc } from "@/lib/firebase/typedRefs";
import { setDocument, updateDocument } from "@/lib/firebase/writes";

export type CustomerSort = "name" | "lastContact" | "newest";
export type CustomerFilters = {
  search: string;
  ownerId: string | null;
  tag: string | null;
  sort: CustomerSort;
};
export type CustomerCursor = QueryDocumentSnapshot<Customer>;
export type CustomerPage = { rows: Row<Customer>[]; next: CustomerCursor | null };

const sortConstraint: Record<CustomerSort, QueryConstraint> = {
  name: orderBy("nameSort"),
  lastContact: orderBy("lastContactAt", "desc"),
  newest: orderBy("createdAt", "desc"),
};

// Firestore allows one array-contains per query: a search uses the token index, so a tag filter
// alongside it is applied to the (already small) result in the caller.
const filterConstraints = ({ search, ownerId, tag }: CustomerFilters): QueryConstraint[] => {
  const token = searchTokenFor(search);
  return [
    ...(token ? [where("searchTokens", "array-contains", token)] : []),
    ...(!token && tag ? [where("tags", "array-contains", tag)] : []),
    ...(ownerId ? [where("ownerId", "==", ownerId)] : []),
  ];
};

export const customersQuery = (workspaceId: string, filters: CustomerFilters) =>
  query(
    typedCollection(paths.customers(workspaceId), customerSchema),
    ...filterConstraints(filters),
    sortConstraint[filters.sort],
  );

// One live page of the list, starting after the previous page's last document.
export const watchCustomerPage = (
  workspaceId: string,
  filters: CustomerFilters,
  after: CustomerCursor | null,
  pageSize: number,
  listener: Listener<CustomerPage>,
) =>
  onSnapshot(
    query(
      customersQuery(workspaceId, filters),
      ...(after ? [startAfter(after)] : []),
      limit(pageSize + 1),
    ),
    { includeMetadataChanges: true },
    (snapshot) => {
      const documents = snapshot.docs.slice(0, pageSize);
      listener.next({
        rows: documents.map((document) => ({
          ...document.data(),
          id: document.id,
          path: document.ref.path,
          pending: document.metadata.hasPendingWrites,
        })),
        next: snapshot.docs.length > pageSize ? (documents.at(-1) ?? null) : null,
      });
    },
    listener.error,
  );

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

// Every customer matching the filters (for export), not just the pages on screen.
export const fetchCustomers = async (workspaceId: string, filters: CustomerFilters) => {
  const snapshot = await getDocs(customersQuery(workspaceId, filters));
  return snapshot.docs.map((document) => document.data());
};
