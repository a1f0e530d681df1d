import type { Project } from "@pano/domain";
import type { Row } from "@/lib/firebase/subscribe";
import { useSubscription } from "@/lib/useSubscription";
import { watchProject, watchProjects } from "../data/projectsData";

export const useProjects = (workspaceId: string) =>
  useSubscription<Row<Project>[]>(`projects/${workspaceId}`, (listener) =>
    watchProjects(workspaceId, listener),
  );

export const useProject = (workspaceId: string, projectId: string) =>
  useSubscription<Row<Project> | null>(`project/${workspaceId}/${projectId}`, (listener) =>
    watchProject(workspaceId, projectId, listener),
  );
