import {
  collection,
  deleteDoc,
  doc,
  documentId,
  getDocs,
  limit,
  onSnapshot,
  orderBy,
  query,
  startAfter,
  where,
  type QueryConstraint,
  type QueryDocumentSnapshot,
} from "firebase/firestore";
import {
  customerEdit,
  newCustomer,
  paths,
  searchTokenFor,
  type Customer,
  type CustomerFields,
} from "@pano/domain";
import { db } from "@/lib/firebase/firestore";
import { subscribeDoc, type Listener, type Row } from "@/lib/firebase/subscribe";
import { serverTime, setDocument, updateDocument } from "@/lib/firebase/writes";
import { customerRef, customersRef } from "./customerRefs";
import { inQueryChunks } from "@/lib/firebase/inQueryChunks";

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
  query(customersRef(workspaceId), ...filterConstraints(filters), sortConstraint[filters.sort]);

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
) => subscribeDoc(customerRef(workspaceId, customerId), listener);

// The id is known at once (the page can open from the local cache); committed settles when the
// server accepts or refuses the write.
export const createCustomer = (workspaceId: string, createdBy: string, fields: CustomerFields) => {
  const reference = doc(customersRef(workspaceId));
  const committed = setDocument(reference, newCustomer(fields, createdBy, serverTime()));
  return { customerId: reference.id, committed };
};

export const updateCustomer = (workspaceId: string, customerId: string, fields: CustomerFields) =>
  updateDocument(customerRef(workspaceId, customerId), customerEdit(fields, serverTime()));

export const deleteCustomer = (workspaceId: string, customerId: string) =>
  deleteDoc(customerRef(workspaceId, customerId));

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

export type CustomerSummary = { id: string; name: string; company: string };

const summary = (document: QueryDocumentSnapshot<Customer>): CustomerSummary => {
  const { name, company } = document.data();
  return { id: document.id, name, company };
};

export type CustomerSummaries = {
  customers: CustomerSummary[];
  // Whether the server has answered for every id: only then does a missing one mean deleted.
  confirmed: boolean;
};

// Names of the customers a board or list mentions, kept live, reading only those documents.
export const watchCustomerSummaries = (
  workspaceId: string,
  customerIds: string[],
  listener: Listener<CustomerSummaries>,
) => {
  const chunks = inQueryChunks(customerIds);
  const results: ({ customers: CustomerSummary[]; fromCache: boolean } | undefined)[] = chunks.map(
    () => undefined,
  );
  const publish = () => {
    const answered = results.filter((result) => result !== undefined);
    if (answered.length < results.length) return;
    listener.next({
      customers: answered.flatMap((result) => result.customers),
      confirmed: answered.every((result) => !result.fromCache),
    });
  };
  if (chunks.length === 0) listener.next({ customers: [], confirmed: true });
  const unsubscribes = chunks.map((chunk, index) =>
    onSnapshot(
      query(customersRef(workspaceId), where(documentId(), "in", chunk)),
      { includeMetadataChanges: true },
      (snapshot) => {
        results[index] = {
          customers: snapshot.docs.map(summary),
          fromCache: snapshot.metadata.fromCache,
        };
        publish();
      },
      listener.error,
    ),
  );
  return () => unsubscribes.forEach((unsubscribe) => unsubscribe());
};

// The first few customers whose name or company starts with what was typed (for pickers).
export const watchCustomerMatches = (
  workspaceId: string,
  search: string,
  count: number,
  listener: Listener<CustomerSummary[]>,
) =>
  onSnapshot(
    query(
      customersQuery(workspaceId, { search, ownerId: null, tag: null, sort: "name" }),
      limit(count),
    ),
    (snapshot) => listener.next(snapshot.docs.map(summary)),
    listener.error,
  );
