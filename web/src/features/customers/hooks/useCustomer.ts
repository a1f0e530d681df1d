import type { Customer } from "@pano/domain";
import type { Row } from "@/lib/firebase/subscribe";
import { useSubscription } from "@/lib/useSubscription";
import { watchCustomer } from "../data/customersData";

export const useCustomer = (workspaceId: string, customerId: string) =>
  useSubscription<Row<Customer> | null>(`customer/${workspaceId}/${customerId}`, (listener) =>
    watchCustomer(workspaceId, customerId, listener),
  );
