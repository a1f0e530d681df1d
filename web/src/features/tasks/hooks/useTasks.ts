import type { Task } from "@pano/domain";
import { answeredQueries } from "@/lib/firebase/answeredQueries";
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

// A project's every task, live. A project whose tasks the server has answered on this device
// before starts from its first tasks by rank while the cache reads the rest (`complete` says
// which). One never answered here is not previewed: the preview's tasks in the cache would be
// all the full query showed until the server answered.
export const useProjectTasks = (workspaceId: string, projectId: string) => {
  const key = `tasks/${workspaceId}/project/${projectId}`;
  return useSubscriptionWithPreview<Row<Task>[]>(
    key,
    answeredQueries.has(key)
      ? (listener, onServerAnswer) =>
          watchProjectTaskHeads(workspaceId, projectId, previewedTasks, listener, onServerAnswer)
      : null,
    (listener) =>
      watchProjectTasks(workspaceId, projectId, listener, () => answeredQueries.add(key)),
  );
};

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
