import type { Auth } from "firebase-admin/auth";
import type { Firestore, WriteBatch } from "firebase-admin/firestore";
import {
  dealInputSchema,
  defaultColumns,
  interactionInputSchema,
  newDeal,
  newInteraction,
  newTask,
  paths,
  projectForWonDeal,
  rankForIndex,
  taskInputSchema,
  todoStatuses,
  type Ranked,
} from "@pano/domain";
import { demoDeals } from "./demoDeals";
import {
  closedPattern,
  historyDealTitles,
  historyInteractions,
  historyMonths,
  historyTasks,
  historyValues,
  lostReasons,
} from "./demoHistory";
import { demoTeam, demoWorkspace } from "./demoTeam";

const day = 24 * 60 * 60 * 1000;
const writers = demoTeam.filter((person) => person.role !== "viewer");
const writer = (index: number) => writers[index % writers.length]?.uid ?? "demo-ayse";
const customerId = (index: number) => `demo-customer-${(index % 14) + 1}`;
// Firestore takes at most 500 writes in a batch.
const batchSize = 450;

// The won and lost columns after the current demo deals, so history cards sort below them.
const columnAfterDemo = (stage: string): Ranked[] =>
  demoDeals
    .filter((deal) => deal.stage === stage)
    .reduce<Ranked[]>(
      (column, _, index) => [...column, { id: `demo-${index}`, rank: rankForIndex(column, index) }],
      [],
    );

type Write = (batch: WriteBatch) => void;

const closedDeals = (db: Firestore, now: number): Write[] => {
  const columns = { won: columnAfterDemo("won"), lost: columnAfterDemo("lost") };
  return closedPattern.flatMap((deals, monthsAgo) =>
    deals.flatMap((won, index) => {
      const serial = monthsAgo * 5 + index;
      const dealId = `demo-history-deal-${serial + 1}`;
      const stage = won ? "won" : "lost";
      const column = columns[stage];
      const rank = rankForIndex(column, column.length);
      column.push({ id: dealId, rank });
      const amount = historyValues[serial % historyValues.length] ?? {
        value: 10000,
        currency: "TRY",
      };
      const closedAt = new Date(now - (monthsAgo * 30 + 2 + index * 5) * day);
      const fields = dealInputSchema.parse({
        title: historyDealTitles[serial % historyDealTitles.length],
        customerId: customerId(serial),
        ...amount,
        expectedCloseAt: null,
        ownerId: writer(serial),
      });
      const deal = {
        ...newDeal(
          fields,
          {
            stage,
            rank,
            lostReason: won ? null : (lostReasons[serial % lostReasons.length] ?? null),
          },
          "closes",
          fields.ownerId,
          new Date(closedAt.getTime() - (12 + (serial % 6) * 9) * day),
        ),
        // Closed then, and already given its (long finished) project, as the won-deal function did.
        closedAt,
        updatedAt: closedAt,
        projectId: won ? `deal-${dealId}` : null,
      };
      const writes: Write[] = [
        (batch) => batch.set(db.doc(paths.deal(demoWorkspace.id, dealId)), deal),
      ];
      if (won)
        writes.push((batch) =>
          batch.set(db.doc(paths.project(demoWorkspace.id, `deal-${dealId}`)), {
            ...projectForWonDeal(fields, dealId, defaultColumns("tr"), closedAt),
            status: "completed",
          }),
        );
      return writes;
    }),
  );
};

// Interactions from five weeks to a year ago (the demo customers' own recent ones stay their
// last contact): a few a week, more in busy months.
const pastInteractions = (db: Firestore, now: number): Write[] =>
  Array.from({ length: 200 }, (_, serial) => {
    const demo = historyInteractions[serial % historyInteractions.length] ?? historyInteractions[0];
    const occurredAt = new Date(now - (35 + Math.floor((serial * 330) / 200)) * day);
    const customer = customerId(serial * 3);
    const fields = interactionInputSchema.parse({
      type: demo?.type ?? "note",
      subject: demo?.subject ?? "Not",
      occurredAt,
      followUpAt: null,
    });
    return (batch) =>
      batch.set(
        db.doc(paths.interaction(demoWorkspace.id, `demo-history-interaction-${serial + 1}`)),
        newInteraction(customer, fields, writer(serial + (serial % 3)), occurredAt),
      );
  });

// To-dos done over the year, two or three a week.
const doneTodos = (db: Firestore, now: number): Write[] =>
  Array.from({ length: 120 }, (_, serial) => {
    const completedAt = new Date(now - (1 + Math.floor((serial * historyMonths * 30) / 120)) * day);
    const fields = taskInputSchema.parse({
      title: historyTasks[serial % historyTasks.length],
      assigneeId: writer(serial * 2),
      dueAt: null,
      priority: "medium",
    });
    const placement = {
      projectId: null,
      customerId: customerId(serial),
      dealId: null,
      status: todoStatuses.done,
      rank: rankForIndex([], 0),
    };
    return (batch) =>
      batch.set(
        db.doc(paths.task(demoWorkspace.id, `demo-history-todo-${serial + 1}`)),
        newTask(
          fields,
          placement,
          { createdBy: fields.assigneeId ?? writer(0), completed: true },
          completedAt,
        ),
      );
  });

// A year of closed deals, interactions and done to-dos: source documents only, from which the
// report aggregates are kept by functions as for any other data.
export const seedHistory = async (_auth: Auth, db: Firestore) => {
  const now = Date.now();
  const writes = [...closedDeals(db, now), ...pastInteractions(db, now), ...doneTodos(db, now)];
  for (let start = 0; start < writes.length; start += batchSize) {
    const batch = db.batch();
    for (const write of writes.slice(start, start + batchSize)) write(batch);
    await batch.commit();
  }
};
