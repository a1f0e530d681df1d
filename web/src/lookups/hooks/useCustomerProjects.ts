import type { Project } from "@pano/domain";
import type { Row } from "@/lib/firebase/subscribe";
import { useSubscription } from "@/lib/useSubscription";
import { watchCustomerProjects } from "../data/projectLookups";

// A customer's projects: listed on the customer page, offered when one of its deals is won.
export const useCustomerProjects = (workspaceId: string, customerId: string) =>
  useSubscription<Row<Project>[]>(`projects/${workspaceId}/customer/${customerId}`, (listener) =>
    watchCustomerProjects(workspaceId, customerId, listener),
  );
