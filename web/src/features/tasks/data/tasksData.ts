import {
  collection,
  doc,
  getCountFromServer,
  getDocs,
  limit,
  orderBy,
  query,
  where,
} from "firebase/firestore";
import {
  newTask,
  taskMoveFields,
  paths,
  taskSchema,
  todoStatuses,
  type Ranked,
  type Task,
  type TaskFields,
  type TaskMove,
  type TaskPlacement,
} from "@pano/domain";
import { db } from "@/lib/firebase/firestore";
import {
  subscribeQueries,
  subscribeQuery,
  type Listener,
  type Row,
} from "@/lib/firebase/subscribe";
import { typedCollection, typedDoc } from "@/lib/firebase/typedRefs";
import { writerUid } from "@/lib/firebase/writerUid";
import { deleteDocument, serverTime, setDocument, updateDocument } from "@/lib/firebase/writes";
import { inQueries } from "@/lib/firebase/watchByIds";

const tasks = (workspaceId: string) => typedCollection(paths.tasks(workspaceId), taskSchema);

const task = (workspaceId: string, taskId: string) =>
  typedDoc(paths.task(workspaceId, taskId), taskSchema);

// A deal's tasks, live (its page lists the to-dos among them).
export const watchDealTasks = (
  workspaceId: string,
  dealId: string,
  listener: Listener<Row<Task>[]>,
) => subscribeQuery(query(tasks(workspaceId), where("dealId", "==", dealId)), listener);

// Every task about a customer, live: its to-dos and the tasks that name it ("İlgili müşteri"),
// plus every task of its projects.
export const watchCustomerTasks = (
  workspaceId: string,
  customerId: string,
  projectIds: string[],
  listener: Listener<Row<Task>[]>,
) => {
  return subscribeQueries(
    [
      query(tasks(workspaceId), where("customerId", "==", customerId)),
      ...inQueries(tasks(workspaceId), "projectId", projectIds),
    ],
    listener,
  );
};

export const createTodo = (
  workspaceId: string,
  createdBy: string,
  fields: TaskFields,
  links: { customerId: string; dealId: string | null; rank: string },
) => {
  const placement = {
    projectId: null,
    customerId: links.customerId,
    dealId: links.dealId,
    status: todoStatuses.open,
    rank: links.rank,
  };
  return setDocument(
    doc(tasks(workspaceId)),
    newTask(fields, placement, { createdBy, completed: false }, serverTime()),
  );
};

// A project's tasks for its board and list: every task, live; boards of 1,000 tasks stay one query.
export const watchProjectTasks = (
  workspaceId: string,
  projectId: string,
  listener: Listener<Row<Task>[]>,
  onServerAnswer?: () => void,
) =>
  subscribeQuery(
    query(tasks(workspaceId), where("projectId", "==", projectId)),
    listener,
    onServerAnswer,
  );

// A project's first tasks by rank: the top of every column, as ranks start alike in each one, and
// a column's tasks shown are always its first ones. Shown while the project's every task is still
// being read from the device.
export const watchProjectTaskHeads = (
  workspaceId: string,
  projectId: string,
  count: number,
  listener: Listener<Row<Task>[]>,
  onServerAnswer?: () => void,
) =>
  subscribeQuery(
    query(tasks(workspaceId), where("projectId", "==", projectId), orderBy("rank"), limit(count)),
    listener,
    onServerAnswer,
  );

// Open tasks assigned to a member, across projects and customers.
export const watchMyOpenTasks = (
  workspaceId: string,
  uid: string,
  listener: Listener<Row<Task>[]>,
) =>
  subscribeQuery(
    query(tasks(workspaceId), where("assigneeId", "==", uid), where("completedAt", "==", null)),
    listener,
  );

export type { TaskPlacement };

export const createTask = (
  workspaceId: string,
  createdBy: string,
  fields: TaskFields,
  placement: TaskPlacement,
  completed: boolean,
) => {
  const reference = doc(tasks(workspaceId));
  const committed = setDocument(
    reference,
    newTask(fields, placement, { createdBy, completed }, serverTime()),
  );
  return { taskId: reference.id, committed };
};

export type TaskChanges = Partial<TaskFields> & { customerId?: string | null };

const moveFields = (move: TaskMove) => taskMoveFields(move, serverTime());

// Edits and, when the column changes too, the move: still one write.
export const updateTask = (
  workspaceId: string,
  taskId: string,
  changes: TaskChanges,
  move?: TaskMove,
) =>
  updateDocument(task(workspaceId, taskId), {
    ...changes,
    ...(move ? moveFields(move) : {}),
    updatedBy: writerUid(),
    updatedAt: serverTime(),
  });

// One write per move: the column, one rank, and completedAt when the task enters or leaves done.
export const moveTask = (workspaceId: string, taskId: string, move: TaskMove) =>
  updateDocument(task(workspaceId, taskId), {
    ...moveFields(move),
    updatedBy: writerUid(),
    updatedAt: serverTime(),
  });

// The last card of a project's column, for a task sent there from a page that has not loaded the
// column: one read, however many tasks the column holds.
export const lastInColumn = async (
  workspaceId: string,
  projectId: string,
  status: string,
): Promise<Ranked[]> => {
  const last = await getDocs(
    query(
      tasks(workspaceId),
      where("projectId", "==", projectId),
      where("status", "==", status),
      orderBy("rank", "desc"),
      limit(1),
    ),
  );
  return last.docs.map((document) => ({ id: document.id, rank: document.data().rank }));
};

// How many tasks sit in a column, without reading them (a column is removed only when empty).
export const countTasksInColumn = async (workspaceId: string, projectId: string, status: string) =>
  (
    await getCountFromServer(
      query(
        collection(db, paths.tasks(workspaceId)),
        where("projectId", "==", projectId),
        where("status", "==", status),
      ),
    )
  ).data().count;

export const deleteTask = (workspaceId: string, taskId: string) =>
  deleteDocument(task(workspaceId, taskId));
