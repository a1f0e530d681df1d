import type { Interaction } from "@pano/domain";
import type { Row } from "@/lib/firebase/subscribe";
import { useSubscription } from "@/lib/useSubscription";
import { watchCustomerInteractions } from "../data/interactionsData";

export const useCustomerInteractions = (workspaceId: string, customerId: string) =>
  useSubscription<Row<Interaction>[]>(`interactions/${workspaceId}/${customerId}`, (listener) =>
    watchCustomerInteractions(workspaceId, customerId, listener),
  );
