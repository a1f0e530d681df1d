import type { SubscriptionState } from "@/lib/useSubscription";
import type { CustomerSummaries } from "../data/customerLookups";

// Customer id → name: "" while unknown, `deletedName` once the server has answered for exactly
// these ids without it. A stale answer (for the ids before the last change) says nothing about a
// customer that was not among them.
export const customerNameLookup = (
  summaries: SubscriptionState<CustomerSummaries>,
  deletedName: string,
) => {
  const names = new Map(
    summaries.status === "ready"
      ? summaries.data.customers.map((customer) => [customer.id, customer.name])
      : [],
  );
  const missing =
    summaries.status === "ready" && summaries.data.confirmed && !summaries.stale ? deletedName : "";
  return (customerId: string) => names.get(customerId) ?? missing;
};
