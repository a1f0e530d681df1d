import { useMemo } from "react";
import { useSubscription } from "@/lib/useSubscription";
import { watchCustomerSummaries, type CustomerSummary } from "../data/customersData";

// A lookup from customer id to name for the customers a screen shows; "" until loaded.
export const useCustomerNames = (workspaceId: string, customerIds: string[]) => {
  const ids = useMemo(() => [...new Set(customerIds)].sort(), [customerIds]);
  const summaries = useSubscription<CustomerSummary[]>(
    `customer-names/${workspaceId}/${ids.join(",")}`,
    (listener) => watchCustomerSummaries(workspaceId, ids, listener),
  );
  return useMemo(() => {
    const names = new Map(
      summaries.status === "ready"
        ? summaries.data.map((customer) => [customer.id, customer.name])
        : [],
    );
    return (customerId: string) => names.get(customerId) ?? "";
  }, [summaries]);
};
