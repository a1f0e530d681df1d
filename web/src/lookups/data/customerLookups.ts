import {
  documentId,
  limit,
  onSnapshot,
  orderBy,
  query,
  where,
  type QueryDocumentSnapshot,
} from "firebase/firestore";
import { customerSchema, paths, searchTokenFor, type Customer } from "@pano/domain";
import { inQueryChunks } from "@/lib/firebase/inQueryChunks";
import type { Listener } from "@/lib/firebase/subscribe";
import { typedCollection } from "@/lib/firebase/typedRefs";

const customers = (workspaceId: string) =>
  typedCollection(paths.customers(workspaceId), customerSchema);

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
      query(customers(workspaceId), where(documentId(), "in", chunk)),
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

// The first few customers whose name or company starts with what was typed (for pickers), by
// the customer list's token index and name order.
export const watchCustomerMatches = (
  workspaceId: string,
  search: string,
  count: number,
  listener: Listener<CustomerSummary[]>,
) => {
  const token = searchTokenFor(search);
  return onSnapshot(
    query(
      customers(workspaceId),
      ...(token ? [where("searchTokens", "array-contains", token)] : []),
      orderBy("nameSort"),
      limit(count),
    ),
    (snapshot) => listener.next(snapshot.docs.map(summary)),
    listener.error,
  );
};
