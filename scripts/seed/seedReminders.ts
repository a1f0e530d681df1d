import type { Auth } from "firebase-admin/auth";
import type { Firestore } from "firebase-admin/firestore";
import {
  interactionInputSchema,
  istanbulDay,
  newInteraction,
  newTask,
  paths,
  rankForIndex,
  taskInputSchema,
  todoStatuses,
} from "@pano/domain";
import { demoTeam, demoWorkspace } from "./demoTeam";

const minute = 60 * 1000;
const person = (index: number) => {
  const found = demoTeam[index];
  if (!found) throw new Error(`the demo team has no person ${index}`);
  return found.uid;
};

// Work that is due now, so `npm run remind` shows reminders at once: customer to-dos due within
// the hour (their "due soon" time has begun) and yesterday's call's follow-up due today without a
// time (reminded from 09:00 Istanbul). The triggers make their reminders, as in production.
const dueTodos = [
  { title: "Sunum dosyasını gönder", customer: 1, assignee: 0, inMinutes: 40 },
  { title: "Fiyat teklifini güncelle", customer: 3, assignee: 1, inMinutes: 50 },
  { title: "Toplantı notlarını paylaş", customer: 4, assignee: 2, inMinutes: 30 },
];

export const seedReminders = async (_auth: Auth, db: Firestore) => {
  const now = new Date();
  const batch = db.batch();
  dueTodos.forEach((todo, index) => {
    const dueAt = new Date(Math.ceil((now.getTime() + todo.inMinutes * minute) / minute) * minute);
    batch.set(
      db.doc(paths.task(demoWorkspace.id, `demo-due-${index + 1}`)),
      newTask(
        taskInputSchema.parse({
          title: todo.title,
          assigneeId: person(todo.assignee),
          dueAt,
          priority: "high",
        }),
        {
          projectId: null,
          customerId: `demo-customer-${todo.customer}`,
          dealId: null,
          status: todoStatuses.open,
          rank: rankForIndex([], 0),
        },
        { createdBy: person(0), completed: false },
        now,
      ),
    );
  });
  batch.set(
    db.doc(paths.interaction(demoWorkspace.id, "demo-follow-up-today")),
    newInteraction(
      "demo-customer-2",
      interactionInputSchema.parse({
        type: "call",
        subject: "Depo projesi için geri dönüş",
        body: "Ahmet Bey bütçeyi onaylatıp yarın dönecek.",
        // Yesterday evening: a follow-up is never before its interaction.
        occurredAt: new Date(istanbulDay(now).getTime() - 6 * 60 * minute),
        durationMinutes: 15,
        followUpAt: istanbulDay(now),
      }),
      person(0),
      now,
    ),
  );
  await batch.commit();
};
