import type { Task } from "@pano/domain";
import type { Row } from "@/lib/firebase/subscribe";
import { useSubscription } from "@/lib/useSubscription";
import {
  watchCustomerTasks,
  watchDealTasks,
  watchMyOpenTasks,
  watchProjectTasks,
} from "../data/tasksData";

export const useProjectTasks = (workspaceId: string, projectId: string) =>
  useSubscription<Row<Task>[]>(`tasks/${workspaceId}/project/${projectId}`, (listener) =>
    watchProjectTasks(workspaceId, projectId, listener),
  );

export const useMyOpenTasks = (workspaceId: string, uid: string) =>
  useSubscription<Row<Task>[]>(`tasks/${workspaceId}/assignee/${uid}`, (listener) =>
    watchMyOpenTasks(workspaceId, uid, listener),
  );

export const useDealTasks = (workspaceId: string, dealId: string) =>
  useSubscription<Row<Task>[]>(`tasks/${workspaceId}/deal/${dealId}`, (listener) =>
    watchDealTasks(workspaceId, dealId, listener),
  );

// Null project ids mean "not known yet": nothing is watched until they are.
export const useCustomerTasks = (
  workspaceId: string,
  customerId: string,
  projectIds: string[] | null,
) =>
  useSubscription<Row<Task>[]>(
    projectIds && `tasks/${workspaceId}/customer/${customerId}/${projectIds.join(",")}`,
    (listener) => watchCustomerTasks(workspaceId, customerId, projectIds ?? [], listener),
  );
