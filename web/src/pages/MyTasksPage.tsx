import { useMemo } from "react";
import { useProjects } from "@/features/projects";
import { MyTaskList, useMyOpenTasks } from "@/features/tasks";
import { useCustomerNames } from "@/lookups/hooks/useCustomerNames";
import { useSignedInUser } from "@/session/useAuth";
import { useCurrentWorkspace } from "@/session/useCurrentWorkspace";

export const MyTasksPage = () => {
  const user = useSignedInUser();
  const { workspaceId } = useCurrentWorkspace();
  const projects = useProjects(workspaceId);
  const tasks = useMyOpenTasks(workspaceId, user.uid);
  const customerName = useCustomerNames(
    workspaceId,
    useMemo(
      () =>
        tasks.status === "ready"
          ? tasks.data.flatMap((task) => (task.customerId ? [task.customerId] : []))
          : [],
      [tasks],
    ),
  );
  const byId = new Map(projects.status === "ready" ? projects.data.map((p) => [p.id, p]) : []);
  return <MyTaskList projectOf={(projectId) => byId.get(projectId)} customerName={customerName} />;
};
