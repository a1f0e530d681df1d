import { useMemo, useState } from "react";
import { useCurrentWorkspace } from "@/session/useCurrentWorkspace";
import { useDealTasks } from "../hooks/useTasks";
import { TodoList } from "./TodoList";

type DealTodosProps = { customerId: string; dealId: string };

const noProject = () => undefined;

// A deal's to-dos; new ones belong to the deal and its customer.
export const DealTodos = ({ customerId, dealId }: DealTodosProps) => {
  const { workspaceId } = useCurrentWorkspace();
  const tasks = useDealTasks(workspaceId, dealId);
  const [now] = useState(() => new Date());
  const todos = useMemo(
    () =>
      tasks.status === "ready"
        ? { ...tasks, data: tasks.data.filter((task) => task.projectId === null) }
        : tasks,
    [tasks],
  );
  return (
    <TodoList
      customerId={customerId}
      dealId={dealId}
      tasks={todos}
      projectOf={noProject}
      now={now}
    />
  );
};
