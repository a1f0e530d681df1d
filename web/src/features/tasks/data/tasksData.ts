import {
  collection,
  deleteDoc,
  doc,
  query,
  serverTimestamp,
  setDoc,
  updateDoc,
  where,
} from "firebase/firestore";
import { paths, taskSchema, todoStatuses, type Task, type TaskFields } from "@pano/domain";
import { db } from "@/lib/firebase/firestore";
import { subscribeQuery, type Listener, type Row } from "@/lib/firebase/subscribe";
import { rawDoc, typedCollection } from "@/lib/firebase/typedRefs";

export type TodoOwner = { field: "customerId" | "dealId"; id: string };

const tasks = (workspaceId: string) => typedCollection(paths.tasks(workspaceId), taskSchema);

// A customer's or a deal's to-dos (tasks with no project), live.
export const watchTodos = (
  workspaceId: string,
  owner: TodoOwner,
  listener: Listener<Row<Task>[]>,
) => subscribeQuery(query(tasks(workspaceId), where(owner.field, "==", owner.id)), listener);

export const createTodo = (
  workspaceId: string,
  createdBy: string,
  fields: TaskFields,
  links: { customerId: string; dealId: string | null; rank: string },
) => {
  const reference = doc(collection(db, paths.tasks(workspaceId)));
  return setDoc(reference, {
    ...fields,
    projectId: null,
    customerId: links.customerId,
    dealId: links.dealId,
    status: todoStatuses.open,
    rank: links.rank,
    completedAt: null,
    createdBy,
    createdAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
  });
};

export const setTodoDone = (workspaceId: string, taskId: string, done: boolean) =>
  updateDoc(rawDoc(paths.task(workspaceId, taskId)), {
    status: done ? todoStatuses.done : todoStatuses.open,
    completedAt: done ? serverTimestamp() : null,
    updatedAt: serverTimestamp(),
  });

export const deleteTask = (workspaceId: string, taskId: string) =>
  deleteDoc(rawDoc(paths.task(workspaceId, taskId)));
