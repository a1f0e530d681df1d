import type { Task } from "@pano/domain";
import type { Row } from "@/lib/firebase/subscribe";
import { useSubscription } from "@/lib/useSubscription";
import { watchTodos, type TodoOwner } from "../data/tasksData";

export const useTodos = (workspaceId: string, owner: TodoOwner) =>
  useSubscription<Row<Task>[]>(`todos/${workspaceId}/${owner.field}/${owner.id}`, (listener) =>
    watchTodos(workspaceId, owner, listener),
  );
