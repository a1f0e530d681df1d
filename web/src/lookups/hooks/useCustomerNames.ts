import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useSubscription } from "@/lib/useSubscription";
import { watchCustomerSummaries, type CustomerSummaries } from "../data/customerLookups";
import { customerNameLookup } from "../utils/customerNameLookup";

// A lookup from customer id to name for the customers a screen shows: "" until loaded, and a
// plain "deleted customer" for one that is gone (its deals and projects stay). When a screen
// shows one more customer, the names already known stay while the new set loads.
export const useCustomerNames = (workspaceId: string, customerIds: string[]) => {
  const { t } = useTranslation();
  const ids = useMemo(() => [...new Set(customerIds)].sort(), [customerIds]);
  const summaries = useSubscription<CustomerSummaries>(
    `customer-names/${workspaceId}/${ids.join(",")}`,
    (listener) => watchCustomerSummaries(workspaceId, ids, listener),
    { keepPrevious: true },
  );
  return useMemo(() => customerNameLookup(summaries, t("customers.deletedName")), [summaries, t]);
};
