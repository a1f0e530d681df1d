import type { Auth } from "firebase-admin/auth";
import type { Firestore } from "firebase-admin/firestore";
import {
  defaultColumns,
  newProject,
  newTask,
  paths,
  projectInputSchema,
  rankForIndex,
  taskInputSchema,
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
  days === null ? null : new Date(now + days * day);

// Two running projects with tasks in every column (some overdue) and two customer to-dos; the
// counters are left to the onTaskWritten trigger, as in production.
export const seedProjects = async (_auth: Auth, db: Firestore) => {
  const batch = db.batch();
  const now = Date.now();
  const created = new Date(now - 20 * day);
  for (const project of demoProjects) {
    const fields = projectInputSchema.parse({
      name: project.name,
      customerId: `demo-customer-${project.customer}`,
      status: project.status,
      dueAt: inDays(now, project.dueInDays),
      ownerId: writer(0),
    });
    batch.set(
      db.doc(paths.project(demoWorkspace.id, project.id)),
      newProject({ fields, columns: defaultColumns("tr"), createdBy: writer(0) }, created),
    );
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
      const fields = taskInputSchema.parse({
        title: task.title,
        assigneeId: writer(task.assignee),
        dueAt: inDays(now, task.dueInDays),
        priority: task.priority,
      });
      const placement = {
        projectId: project.id,
        customerId: `demo-customer-${project.customer}`,
        dealId: null,
        status: task.status,
        rank,
      };
      tasks.set(
        db.doc(paths.task(demoWorkspace.id, id)),
        newTask(
          fields,
          placement,
          { createdBy: writer(0), completed: task.status === "done" },
          created,
        ),
      );
    });
  }
  demoTodos.forEach((todo, index) => {
    const fields = taskInputSchema.parse({
      title: todo.title,
      assigneeId: writer(todo.assignee),
      dueAt: inDays(now, todo.dueInDays),
      priority: "high",
    });
    const placement = {
      projectId: null,
      customerId: `demo-customer-${todo.customer}`,
      dealId: null,
      status: todoStatuses.open,
      rank: rankForIndex([], 0),
    };
    tasks.set(
      db.doc(paths.task(demoWorkspace.id, `demo-todo-${index + 1}`)),
      newTask(fields, placement, { createdBy: writer(todo.assignee), completed: false }, created),
    );
  });
  await tasks.commit();
};
