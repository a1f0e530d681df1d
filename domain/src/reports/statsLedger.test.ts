import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { closedAtWrite, closingChange } from "../deals/dealClosing";
import type { Currency } from "../deals/dealSchema";
import type { InteractionType } from "../interactions/interactionSchema";
import type { Stage } from "../workspaces/workspaceSchema";
import {
  interactionContribution,
  projectContribution,
  taskContribution,
  type CountedDeal,
  type CountedInteraction,
  type CountedProject,
  type CountedTask,
} from "./contributions";
import { recomputeStats } from "./recomputeStats";
import { applyIncrements, statsDifference, type StatsDocs } from "./statsIncrements";
import {
  dealClosing,
  dealState,
  deletedState,
  entityState,
  entryExpiry,
  settleEntry,
  statsEntryId,
  type SettledEntry,
  type StatsEntryKind,
} from "./statsLedger";

const stages: Stage[] = [
  { id: "lead", name: "Aday", kind: "open" },
  { id: "proposal", name: "Teklif", kind: "open" },
  { id: "won", name: "Kazanıldı", kind: "won" },
  { id: "lost", name: "Kaybedildi", kind: "lost" },
];

type Versioned = { updatedAt: Date };
type Deal = CountedDeal & Versioned & { closedAt: Date | null };
type Interaction = CountedInteraction & Versioned;
type Task = CountedTask & Versioned;
type Project = CountedProject & Versioned;
type Entity = Deal | Interaction | Task | Project;

// One document write as a trigger receives it.
type WriteEvent = {
  kind: StatsEntryKind;
  id: string;
  before: Entity | undefined;
  after: Entity | undefined;
  time: Date;
};

// The functions' ledger, as the trigger runs it, over an in-memory store.
class Ledger {
  entries = new Map<string, SettledEntry>();
  stats: StatsDocs = {};

  deliver(event: WriteEvent) {
    const entryId = statsEntryId(event.kind, event.id);
    const current = this.entries.get(entryId);
    const next =
      event.kind === "deal"
        ? dealState(current, event.before as Deal, event.after as Deal, stages, event.time)
        : event.kind === "interaction"
          ? entityState(event.after as Interaction, event.time, interactionContribution)
          : event.kind === "task"
            ? entityState(event.after as Task, event.time, taskContribution)
            : entityState(event.after as Project, event.time, projectContribution);
    const settled = settleEntry(current, next);
    if (!settled) return;
    this.entries.set(entryId, settled.entry);
    this.stats = applyIncrements(this.stats, settled.delta);
  }
}

const currencies: Currency[] = ["TRY", "USD", "EUR"];
const owners = ["u1", "u2", "u3"];
const types: InteractionType[] = ["email", "call", "note", "meeting"];
const statuses = ["planned", "active", "completed"] as const;

// One step of someone's work: which entity (of a few, so they are created, changed and deleted
// again), what happens to it, and random choices for the new values.
const stepArbitrary = fc.record({
  kind: fc.constantFrom<StatsEntryKind>("deal", "interaction", "task", "project"),
  entity: fc.nat(3),
  action: fc.constantFrom("write", "write", "write", "delete"),
  pick: fc.nat(11),
  value: fc.oneof(
    fc.integer({ min: 0, max: 1_000_000 }),
    fc.double({ min: 0, max: 1e6, noNaN: true }),
  ),
  // From a minute to three weeks later, so that months and weeks change along the way.
  advanceMs: fc.integer({ min: 60_000, max: 21 * 24 * 3600_000 }),
});
type Step = typeof stepArbitrary extends fc.Arbitrary<infer Value> ? Value : never;

// The documents after the steps, and the events they caused.
const play = (steps: Step[]) => {
  let now = new Date("2026-01-01T09:00:00Z").getTime();
  const docs = new Map<string, { kind: StatsEntryKind; id: string; entity: Entity }>();
  const events: WriteEvent[] = [];
  for (const step of steps) {
    now += step.advanceMs;
    const time = new Date(now);
    const id = `${step.kind}-${step.entity}`;
    const before = docs.get(id)?.entity;
    if (step.action === "delete") {
      if (!before) continue;
      docs.delete(id);
      events.push({ kind: step.kind, id, before, after: undefined, time });
      continue;
    }
    const after = nextEntity(step, before, time);
    docs.set(id, { kind: step.kind, id, entity: after });
    events.push({ kind: step.kind, id, before, after, time });
  }
  return { docs: [...docs.values()], events };
};

// A creation, or an edit of some fields (a deal's move into or out of won and lost, its value,
// currency or owner; an interaction's type or date; a task's assignee, deadline or completion; a
// project's status).
const nextEntity = (step: Step, before: Entity | undefined, updatedAt: Date): Entity => {
  const { pick, value } = step;
  if (step.kind === "deal") {
    const deal = before as Deal | undefined;
    const stage = stages[pick % stages.length]?.id ?? "lead";
    // Written as the board writes it: the move's time on closing, null on reopening.
    const closedAt = closedAtWrite(closingChange(stages, deal?.stage, stage), updatedAt);
    return {
      stage,
      value: pick % 3 === 0 ? value : (deal?.value ?? value),
      currency: currencies[pick % currencies.length] ?? "TRY",
      ownerId: owners[(pick >> 1) % owners.length] ?? "u1",
      lostReason: stage === "lost" && pick % 2 === 0 ? "Fiyat" : null,
      createdAt: deal?.createdAt ?? updatedAt,
      closedAt: closedAt === undefined ? (deal?.closedAt ?? null) : (closedAt as Date | null),
      updatedAt,
    };
  }
  if (step.kind === "interaction")
    return {
      type: types[pick % types.length] ?? "call",
      occurredAt: new Date(updatedAt.getTime() - (pick % 3) * 24 * 3600_000),
      createdBy:
        (before as Interaction | undefined)?.createdBy ?? owners[pick % owners.length] ?? "u1",
      customerId: `c${pick % 2}`,
      updatedAt,
    };
  if (step.kind === "task")
    return {
      assigneeId: pick % 4 === 0 ? null : (owners[pick % owners.length] ?? null),
      dueAt: pick % 3 === 0 ? null : new Date(updatedAt.getTime() + pick * 24 * 3600_000),
      completedAt: pick % 2 === 0 ? ((before as Task | undefined)?.completedAt ?? updatedAt) : null,
      updatedAt,
    };
  return { status: statuses[pick % statuses.length] ?? "active", updatedAt };
};

const truth = (played: ReturnType<typeof play>) =>
  recomputeStats({
    stages,
    deals: played.docs
      .filter((doc) => doc.kind === "deal")
      .map((doc) => ({ deal: doc.entity as Deal, closedAt: (doc.entity as Deal).closedAt })),
    interactions: played.docs
      .filter((doc) => doc.kind === "interaction")
      .map((doc) => doc.entity as Interaction),
    tasks: played.docs.filter((doc) => doc.kind === "task").map((doc) => doc.entity as Task),
    projects: played.docs
      .filter((doc) => doc.kind === "project")
      .map((doc) => doc.entity as Project),
  });

// Delivery as Cloud Functions may do it: some events twice, the copy at any later time.
const withRedeliveries = (events: WriteEvent[], copies: number[]) => {
  const delivered: WriteEvent[] = [...events];
  copies.forEach((at, index) => {
    const event = events[index % Math.max(events.length, 1)];
    if (!event) return;
    const position = Math.max(events.indexOf(event) + 1, at % (delivered.length + 1));
    delivered.splice(position, 0, event);
  });
  return delivered;
};

const steps = fc.array(stepArbitrary, { minLength: 1, maxLength: 60 });
const copies = fc.array(fc.nat(200), { maxLength: 15 });

describe("stats kept by the per-entity ledger", () => {
  it("equal a recomputation from the final data, with duplicated events", () => {
    fc.assert(
      fc.property(steps, copies, (stepList, copyList) => {
        const played = play(stepList);
        const ledger = new Ledger();
        for (const event of withRedeliveries(played.events, copyList)) ledger.deliver(event);
        const difference = statsDifference(ledger.stats, truth(played));
        expect(difference).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it("equal a recomputation from the final data in any delivery order", () => {
    fc.assert(
      fc.property(
        steps,
        copies,
        fc.array(fc.nat(), { maxLength: 90 }),
        (stepList, copyList, order) => {
          const played = play(stepList);
          const delivered = withRedeliveries(played.events, copyList);
          const shuffled = delivered
            .map((event, index) => ({ event, key: order[index] ?? index }))
            .sort((first, second) => first.key - second.key)
            .map(({ event }) => event);
          const ledger = new Ledger();
          for (const event of shuffled) ledger.deliver(event);
          // Each deal closed when its move says, whichever of its events came first.
          for (const doc of played.docs.filter((candidate) => candidate.kind === "deal"))
            expect(ledger.entries.get(statsEntryId("deal", doc.id))?.closedAt).toEqual(
              (doc.entity as Deal).closedAt,
            );
          const difference = statsDifference(ledger.stats, truth(played));
          expect(difference).toBeNull();
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("dealClosing", () => {
  const wonAt = new Date("2026-11-02T10:00:00Z");
  const editedAt = new Date("2026-12-03T10:00:00Z");
  const wonEntry: SettledEntry = {
    version: wonAt,
    deleted: false,
    closedAt: wonAt,
    closedKind: "won",
    increments: [],
  };
  const written = (closedAt: Date | null, updatedAt: Date) => ({ closedAt, updatedAt });

  it("takes the time the move wrote on the deal, whatever came before", () => {
    expect(dealClosing(undefined, "won", "won", written(wonAt, editedAt))).toEqual({
      closedKind: "won",
      closedAt: wonAt,
    });
    expect(dealClosing(wonEntry, "won", "lost", written(editedAt, editedAt))).toEqual({
      closedKind: "lost",
      closedAt: editedAt,
    });
  });

  it("keeps the recorded time of a deal written before deals carried one", () => {
    expect(dealClosing(wonEntry, "won", "won", written(null, editedAt))).toEqual({
      closedKind: "won",
      closedAt: wonAt,
    });
  });

  it("takes the last write of a closed deal without a time of its own", () => {
    expect(dealClosing(undefined, "open", "won", written(null, wonAt))).toEqual({
      closedKind: "won",
      closedAt: wonAt,
    });
    expect(dealClosing(wonEntry, "open", "won", written(null, editedAt))).toEqual({
      closedKind: "won",
      closedAt: editedAt,
    });
  });

  it("forgets it when the deal is open again", () => {
    expect(dealClosing(wonEntry, "won", "open", written(null, editedAt))).toEqual({
      closedKind: null,
      closedAt: null,
    });
  });
});

describe("settleEntry", () => {
  const entry = (version: string, amount: number): SettledEntry => ({
    version: new Date(version),
    deleted: false,
    closedAt: null,
    closedKind: null,
    increments: [{ doc: "pipeline", path: ["projectsByStatus", "active"], amount }],
  });

  it("ignores an event older than the entry and a redelivered one", () => {
    const current = entry("2026-11-02T10:00:00Z", 1);
    expect(settleEntry(current, entry("2026-11-01T10:00:00Z", 1))).toBeNull();
    expect(settleEntry(current, current)).toBeNull();
    // An edit of fields the stats do not count changes nothing but the version.
    const edited = entry("2026-11-03T10:00:00Z", 1);
    expect(settleEntry(current, edited)).toEqual({ entry: edited, delta: [] });
  });
});

describe("entryExpiry", () => {
  it("lets a tombstone go a month after the deletion and keeps a live entry", () => {
    const deletedAt = new Date("2026-11-30T10:00:00Z");
    expect(entryExpiry(deletedState(deletedAt))).toEqual(new Date("2026-12-30T10:00:00Z"));
    expect(entryExpiry({ ...deletedState(deletedAt), deleted: false, increments: [] })).toBeNull();
  });
});
