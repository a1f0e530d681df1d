import type { Deal } from "@pano/domain";
import type { Row } from "@/lib/firebase/subscribe";
import { useSubscription } from "@/lib/useSubscription";
import { watchCustomerDeals, watchDeal, watchDeals } from "../data/dealsData";

export const useDeals = (workspaceId: string) =>
  useSubscription<Row<Deal>[]>(`deals/${workspaceId}`, (listener) =>
    watchDeals(workspaceId, listener),
  );

export const useCustomerDeals = (workspaceId: string, customerId: string) =>
  useSubscription<Row<Deal>[]>(`deals/${workspaceId}/customer/${customerId}`, (listener) =>
    watchCustomerDeals(workspaceId, customerId, listener),
  );

export const useDeal = (workspaceId: string, dealId: string) =>
  useSubscription<Row<Deal> | null>(`deal/${workspaceId}/${dealId}`, (listener) =>
    watchDeal(workspaceId, dealId, listener),
  );
