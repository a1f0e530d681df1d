import { doc, orderBy, query } from "firebase/firestore";
import { httpsCallable } from "firebase/functions";
import {
  columnFields,
  newProject,
  paths,
  projectSchema,
  type BoardColumn,
  type Project,
  type ProjectFields,
} from "@pano/domain";
import { functions } from "@/lib/firebase/functions";
import { subscribeDoc, subscribeQuery, type Listener, type Row } from "@/lib/firebase/subscribe";
import { typedCollection, typedDoc } from "@/lib/firebase/typedRefs";
import { deleteDocument, serverTime, setDocument, updateDocument } from "@/lib/firebase/writes";

const projects = (workspaceId: string) =>
  typedCollection(paths.projects(workspaceId), projectSchema);

const project = (workspaceId: string, projectId: string) =>
  typedDoc(paths.project(workspaceId, projectId), projectSchema);

export const watchProjects = (workspaceId: string, listener: Listener<Row<Project>[]>) =>
  subscribeQuery(query(projects(workspaceId), orderBy("createdAt", "desc")), listener);

export const watchProject = (
  workspaceId: string,
  projectId: string,
  listener: Listener<Row<Project> | null>,
) => subscribeDoc(project(workspaceId, projectId), listener);

export const createProject = (
  workspaceId: string,
  createdBy: string,
  fields: ProjectFields,
  columns: BoardColumn[],
) => {
  const reference = doc(projects(workspaceId));
  const committed = setDocument(
    reference,
    newProject({ fields, columns, createdBy }, serverTime()),
  );
  return { projectId: reference.id, committed };
};

export const updateProject = (
  workspaceId: string,
  projectId: string,
  fields: Partial<ProjectFields>,
) =>
  updateDocument(project(workspaceId, projectId), {
    ...fields,
    updatedAt: serverTime(),
  });

// The column list and its ids travel together: the rules check task statuses against the ids.
export const saveColumns = (workspaceId: string, projectId: string, columns: BoardColumn[]) =>
  updateDocument(project(workspaceId, projectId), {
    ...columnFields(columns),
    updatedAt: serverTime(),
  });

export const recountProjectCounters = (workspaceId: string, projectId: string) =>
  httpsCallable(functions, "recountProjectCounters")({ workspaceId, projectId });

// The project's tasks go too, deleted by a function once the project is gone.
export const deleteProject = (workspaceId: string, projectId: string) =>
  deleteDocument(project(workspaceId, projectId));
