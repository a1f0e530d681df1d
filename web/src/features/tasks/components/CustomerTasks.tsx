import { useMemo, useState } from "react";
import type { TaskProject } from "@pano/domain";
import { useCurrentWorkspace } from "@/session/useCurrentWorkspace";
import { useCustomerTasks } from "../hooks/useTasks";
import { TodoList } from "./TodoList";

type CustomerTasksProps = {
  customerId: string;
  // The workspace's projects (null while loading): the customer's own, whose tasks all show, and
  // any other a task naming this customer belongs to.
  projects: TaskProject[] | null;
};

// Every task about a customer: its to-dos, the tasks of its projects, and tasks of other
// projects that name it as their related customer. New ones are the customer's to-dos.
export const CustomerTasks = ({ customerId, projects }: CustomerTasksProps) => {
  const { workspaceId } = useCurrentWorkspace();
  const [now] = useState(() => new Date());
  const projectIds = useMemo(
    () =>
      projects &&
      projects
        .filter((project) => project.customerId === customerId)
        .map((project) => project.id)
        .sort(),
    [projects, customerId],
  );
  const tasks = useCustomerTasks(workspaceId, customerId, projectIds);
  const byId = useMemo(
    () => new Map((projects ?? []).map((project) => [project.id, project])),
    [projects],
  );
  return (
    <TodoList
      customerId={customerId}
      dealId={null}
      tasks={tasks}
      projectOf={(projectId) => byId.get(projectId)}
      now={now}
    />
  );
};
