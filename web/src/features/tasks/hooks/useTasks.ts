import type { Task } from "@pano/domain";
import type { Row } from "@/lib/firebase/subscribe";
import { useSubscription } from "@/lib/useSubscription";
import { useSubscriptionWithPreview } from "@/lib/useSubscriptionWithPreview";
import {
  watchCustomerTasks,
  watchDealTasks,
  watchMyOpenTasks,
  watchProjectTaskHeads,
  watchProjectTasks,
} from "../data/tasksData";

// About what a board's columns show on a laptop's screen before scrolling (five columns of six
// cards); more would mount more cards before the first one shows.
const previewedTasks = 30;

// A project's every task, live; a large project's board and list start from its first tasks by
// rank while the rest are read (`complete` says which).
export const useProjectTasks = (workspaceId: string, projectId: string) =>
  useSubscriptionWithPreview<Row<Task>[]>(
    `tasks/${workspaceId}/project/${projectId}`,
    (listener) => watchProjectTaskHeads(workspaceId, projectId, previewedTasks, listener),
    (listener) => watchProjectTasks(workspaceId, projectId, listener),
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
