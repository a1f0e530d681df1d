import {
  limit,
  onSnapshot,
  orderBy,
  query,
  startAfter,
  where,
  type QueryConstraint,
  type QueryDocumentSnapshot,
} from "firebase/firestore";
import { searchTokenFor, type Customer } from "@pano/domain";
import { rowOf, type Listener, type Row } from "@/lib/firebase/subscribe";
import { customersRef } from "@/lookups/data/customerRefs";

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
        rows: documents.map(rowOf),
        next: snapshot.docs.length > pageSize ? (documents.at(-1) ?? null) : null,
      });
    },
    listener.error,
  );
