import type { Task } from "@pano/domain";
import type { Row } from "@/lib/firebase/subscribe";
import { useSubscription } from "@/lib/useSubscription";
import { watchMyOpenTasks, watchProjectTasks } from "../data/tasksData";

export const useProjectTasks = (workspaceId: string, projectId: string) =>
  useSubscription<Row<Task>[]>(`tasks/${workspaceId}/project/${projectId}`, (listener) =>
    watchProjectTasks(workspaceId, projectId, listener),
  );

export const useMyOpenTasks = (workspaceId: string, uid: string) =>
  useSubscription<Row<Task>[]>(`tasks/${workspaceId}/assignee/${uid}`, (listener) =>
    watchMyOpenTasks(workspaceId, uid, listener),
  );
