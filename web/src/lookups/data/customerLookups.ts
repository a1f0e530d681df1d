import { limit, onSnapshot, orderBy, query, where } from "firebase/firestore";
import { searchTokenFor, type Customer } from "@pano/domain";
import { rowOf, type Listener } from "@/lib/firebase/subscribe";
import { watchByIds } from "@/lib/firebase/watchByIds";
import { customersRef } from "./customerRefs";

export type CustomerSummary = { id: string; name: string; company: string };

const summary = ({ id, name, company }: Customer & { id: string }): CustomerSummary => ({
  id,
  name,
  company,
});

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
) =>
  watchByIds(customersRef(workspaceId), customerIds, {
    next: ({ rows, confirmed }) => listener.next({ customers: rows.map(summary), confirmed }),
    error: listener.error,
  });

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
      customersRef(workspaceId),
      ...(token ? [where("searchTokens", "array-contains", token)] : []),
      orderBy("nameSort"),
      limit(count),
    ),
    (snapshot) => listener.next(snapshot.docs.map(rowOf).map(summary)),
    listener.error,
  );
};
