import { orderBy, query, where } from "firebase/firestore";
import { paths, projectSchema, type Project } from "@pano/domain";
import { subscribeDoc, subscribeQuery, type Listener, type Row } from "@/lib/firebase/subscribe";
import { typedCollection, typedDoc } from "@/lib/firebase/typedRefs";

const projects = (workspaceId: string) =>
  typedCollection(paths.projects(workspaceId), projectSchema);

export const watchProjects = (workspaceId: string, listener: Listener<Row<Project>[]>) =>
  subscribeQuery(query(projects(workspaceId), orderBy("createdAt", "desc")), listener);

export const watchCustomerProjects = (
  workspaceId: string,
  customerId: string,
  listener: Listener<Row<Project>[]>,
) => subscribeQuery(query(projects(workspaceId), where("customerId", "==", customerId)), listener);

export const watchProject = (
  workspaceId: string,
  projectId: string,
  listener: Listener<Row<Project> | null>,
) => subscribeDoc(typedDoc(paths.project(workspaceId, projectId), projectSchema), listener);
