import type { Auth } from "firebase-admin/auth";
import { Timestamp, type Firestore } from "firebase-admin/firestore";
import {
  columnFields,
  defaultColumns,
  paths,
  rankForIndex,
  todoStatuses,
  type Ranked,
} from "@pano/domain";
import { demoProjects, demoTodos } from "./demoProjects";
import { demoTeam, demoWorkspace } from "./demoTeam";

const day = 24 * 60 * 60 * 1000;
const writers = demoTeam.filter((person) => person.role !== "viewer");
const writer = (index: number) => {
  const person = writers[index % writers.length];
  if (!person) throw new Error("the demo team has no writers");
  return person.uid;
};
const inDays = (now: number, days: number | null) =>
  days === null ? null : Timestamp.fromMillis(now + days * day);

// Two running projects with tasks in every column (some overdue) and two customer to-dos; the
// counters are left to the onTaskWritten trigger, as in production.
export const seedProjects = async (_auth: Auth, db: Firestore) => {
  const batch = db.batch();
  const now = Date.now();
  const created = Timestamp.fromMillis(now - 20 * day);
  for (const project of demoProjects) {
    batch.set(db.doc(paths.project(demoWorkspace.id, project.id)), {
      name: project.name,
      customerId: `demo-customer-${project.customer}`,
      dealId: null,
      status: project.status,
      ...columnFields(defaultColumns("tr")),
      dueAt: inDays(now, project.dueInDays),
      ownerId: writer(0),
      taskCount: 0,
      doneTaskCount: 0,
      createdBy: writer(0),
      createdAt: created,
      updatedAt: created,
    });
  }
  await batch.commit();

  const tasks = db.batch();
  for (const project of demoProjects) {
    const columns = new Map<string, Ranked[]>();
    project.tasks.forEach((task, index) => {
      const id = `${project.id}-task-${index + 1}`;
      const column = columns.get(task.status) ?? [];
      const rank = rankForIndex(column, column.length);
      columns.set(task.status, [...column, { id, rank }]);
      tasks.set(db.doc(paths.task(demoWorkspace.id, id)), {
        title: task.title,
        description: "",
        projectId: project.id,
        customerId: `demo-customer-${project.customer}`,
        dealId: null,
        status: task.status,
        rank,
        assigneeId: writer(task.assignee),
        dueAt: inDays(now, task.dueInDays),
        priority: task.priority,
        completedAt: task.status === "done" ? inDays(now, (task.dueInDays ?? 0) + 1) : null,
        createdBy: writer(0),
        createdAt: created,
        updatedAt: created,
      });
    });
  }
  demoTodos.forEach((todo, index) => {
    tasks.set(db.doc(paths.task(demoWorkspace.id, `demo-todo-${index + 1}`)), {
      title: todo.title,
      description: "",
      projectId: null,
      customerId: `demo-customer-${todo.customer}`,
      dealId: null,
      status: todoStatuses.open,
      rank: rankForIndex([], 0),
      assigneeId: writer(todo.assignee),
      dueAt: inDays(now, todo.dueInDays),
      priority: "high",
      completedAt: null,
      createdBy: writer(todo.assignee),
      createdAt: created,
      updatedAt: created,
    });
  });
  await tasks.commit();
};
