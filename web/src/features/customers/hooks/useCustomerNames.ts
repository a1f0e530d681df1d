import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useSubscription } from "@/lib/useSubscription";
import { watchCustomerSummaries, type CustomerSummaries } from "../data/customerSummaries";

// A lookup from customer id to name for the customers a screen shows: "" until loaded, and a
// plain "deleted customer" for one that is gone (its deals and projects stay).
export const useCustomerNames = (workspaceId: string, customerIds: string[]) => {
  const { t } = useTranslation();
  const ids = useMemo(() => [...new Set(customerIds)].sort(), [customerIds]);
  const summaries = useSubscription<CustomerSummaries>(
    `customer-names/${workspaceId}/${ids.join(",")}`,
    (listener) => watchCustomerSummaries(workspaceId, ids, listener),
  );
  return useMemo(() => {
    const names = new Map(
      summaries.status === "ready"
        ? summaries.data.customers.map((customer) => [customer.id, customer.name])
        : [],
    );
    const missing =
      summaries.status === "ready" && summaries.data.confirmed ? t("customers.deletedName") : "";
    return (customerId: string) => names.get(customerId) ?? missing;
  }, [summaries, t]);
};
