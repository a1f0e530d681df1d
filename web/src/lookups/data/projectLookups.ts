import { query, where } from "firebase/firestore";
import { paths, projectSchema, type Project } from "@pano/domain";
import { subscribeQuery, type Listener, type Row } from "@/lib/firebase/subscribe";
import { typedCollection } from "@/lib/firebase/typedRefs";

export const watchCustomerProjects = (
  workspaceId: string,
  customerId: string,
  listener: Listener<Row<Project>[]>,
) =>
  subscribeQuery(
    query(
      typedCollection(paths.projects(workspaceId), projectSchema),
      where("customerId", "==", customerId),
    ),
    listener,
  );
