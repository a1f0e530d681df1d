import { collection, doc, deleteDoc, orderBy, query, serverTimestamp } from "firebase/firestore";
import { httpsCallable } from "firebase/functions";
import {
  columnFields,
  paths,
  projectSchema,
  type BoardColumn,
  type Project,
  type ProjectFields,
} from "@pano/domain";
import { db } from "@/lib/firebase/firestore";
import { functions } from "@/lib/firebase/functions";
import { subscribeDoc, subscribeQuery, type Listener, type Row } from "@/lib/firebase/subscribe";
import { rawDoc, typedCollection, typedDoc } from "@/lib/firebase/typedRefs";
import { setDocument, updateDocument } from "@/lib/firebase/writes";

const projects = (workspaceId: string) =>
  typedCollection(paths.projects(workspaceId), projectSchema);

export const watchProjects = (workspaceId: string, listener: Listener<Row<Project>[]>) =>
  subscribeQuery(query(projects(workspaceId), orderBy("createdAt", "desc")), listener);

export const watchProject = (
  workspaceId: string,
  projectId: string,
  listener: Listener<Row<Project> | null>,
) => subscribeDoc(typedDoc(paths.project(workspaceId, projectId), projectSchema), listener);

export const createProject = (
  workspaceId: string,
  createdBy: string,
  fields: ProjectFields,
  columns: BoardColumn[],
) => {
  const reference = doc(collection(db, paths.projects(workspaceId)));
  const committed = setDocument(reference, {
    ...fields,
    ...columnFields(columns),
    dealId: null,
    taskCount: 0,
    doneTaskCount: 0,
    createdBy,
    createdAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
  });
  return { projectId: reference.id, committed };
};

export const updateProject = (
  workspaceId: string,
  projectId: string,
  fields: Partial<ProjectFields>,
) =>
  updateDocument(rawDoc(paths.project(workspaceId, projectId)), {
    ...fields,
    updatedAt: serverTimestamp(),
  });

// The column list and its ids travel together: the rules check task statuses against the ids.
export const saveColumns = (workspaceId: string, projectId: string, columns: BoardColumn[]) =>
  updateDocument(rawDoc(paths.project(workspaceId, projectId)), {
    ...columnFields(columns),
    updatedAt: serverTimestamp(),
  });

export const recountProjectCounters = (workspaceId: string, projectId: string) =>
  httpsCallable(functions, "recountProjectCounters")({ workspaceId, projectId });

// The project's tasks go too, deleted by a function once the project is gone.
export const deleteProject = (workspaceId: string, projectId: string) =>
  deleteDoc(rawDoc(paths.project(workspaceId, projectId)));
