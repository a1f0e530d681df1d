import { z } from "zod";
import { timestampSchema } from "../validation/common";
import { stageKind } from "../workspaces/stageKind";
import type { Stage } from "../workspaces/workspaceSchema";
import { dealContribution, type CountedDeal } from "./contributions";
import { incrementDelta, incrementSchema, type Increment } from "./statsIncrements";

// Functions keep, per deal, interaction, task and project, what it currently adds to the stats
// (statsEntries/{kind}-{id}). An event newer than the entry replaces the entity's contribution
// by the difference; an older one (delivered out of order) changes nothing; a redelivered one
// computes the same contribution again, a zero difference.

export const statsEntryKinds = ["deal", "interaction", "task", "project"] as const;
export type StatsEntryKind = (typeof statsEntryKinds)[number];

export const statsEntryId = (kind: StatsEntryKind, entityId: string) => `${kind}-${entityId}`;

export const closedKinds = ["won", "lost"] as const;
export type ClosedKind = (typeof closedKinds)[number];

export const statsEntrySchema = z.object({
  // The entity's updatedAt, or the time of its deletion.
  version: timestampSchema,
  deleted: z.boolean(),
  // Deals: when the deal entered its won or lost stage, and which (null while open).
  closedAt: timestampSchema.nullable(),
  closedKind: z.enum(closedKinds).nullable(),
  increments: z.array(incrementSchema),
  // When a function last wrote the entry: the rebuild knows from it whether entries changed
  // while it added them up.
  settledAt: timestampSchema,
  // A tombstone's TTL (null while the entity exists): once no late event of it can come.
  expireAt: timestampSchema.nullable().default(null),
});
export type StatsEntry = z.infer<typeof statsEntrySchema>;
export type SettledEntry = Omit<StatsEntry, "settledAt" | "expireAt">;

// Cloud Functions retries an event for up to 7 days; a month later nothing older can arrive, so
// the tombstone that recognised such events as stale may go.
const tombstoneDays = 30;
export const entryExpiry = (entry: SettledEntry): Date | null =>
  entry.deleted ? new Date(entry.version.getTime() + tombstoneDays * 24 * 60 * 60 * 1000) : null;

// What one event says about an entity: its state at `version`, or its deletion.
export type EntityState = {
  version: Date;
  deleted: boolean;
  closedAt: Date | null;
  closedKind: ClosedKind | null;
  increments: Increment[];
};

const sameTime = (first: Date | null, second: Date | null) =>
  first?.getTime() === second?.getTime();

// The entry after an event and the increments to apply; null when there is nothing to do: the
// event is stale, or it is a redelivery that changes neither the entry nor the stats.
export const settleEntry = (
  current: SettledEntry | undefined,
  next: EntityState,
): { entry: SettledEntry; delta: Increment[] } | null => {
  if (current && next.version < current.version) return null;
  const delta = incrementDelta(current?.increments ?? [], next.increments);
  const unchanged =
    current &&
    delta.length === 0 &&
    sameTime(current.version, next.version) &&
    current.deleted === next.deleted &&
    current.closedKind === next.closedKind &&
    sameTime(current.closedAt, next.closedAt);
  return unchanged ? null : { entry: next, delta };
};

// When a deal closed: the time its move wrote on it (closedAt), whatever order the events come in.
// A deal without one (written before deals carried it, or put in a closed stage by a stage kind
// change) keeps the time its entry recorded while it stays in that kind, and otherwise closed at
// its last write.
export const dealClosing = (
  current: SettledEntry | undefined,
  kindBefore: string | undefined,
  kindAfter: string | undefined,
  deal: { closedAt: Date | null; updatedAt: Date },
): { closedKind: ClosedKind | null; closedAt: Date | null } => {
  if (kindAfter !== "won" && kindAfter !== "lost") return { closedKind: null, closedAt: null };
  if (deal.closedAt) return { closedKind: kindAfter, closedAt: deal.closedAt };
  const kept =
    kindBefore === kindAfter &&
    current?.deleted === false &&
    current.closedKind === kindAfter &&
    current.closedAt;
  return { closedKind: kindAfter, closedAt: kept || deal.updatedAt };
};

// A deleted entity adds nothing; its entry stays as a tombstone so that its older events, should
// they come late, are recognised as stale.
export const deletedState = (deletedAt: Date): EntityState => ({
  version: deletedAt,
  deleted: true,
  closedAt: null,
  closedKind: null,
  increments: [],
});

type Versioned = { updatedAt: Date };
type ClosableDeal = CountedDeal & Versioned & { closedAt: Date | null };

// An interaction, task or project after an event (undefined: deleted at `eventTime`).
export const entityState = <Entity extends Versioned>(
  after: Entity | undefined,
  eventTime: Date,
  contribution: (entity: Entity) => Increment[],
): EntityState =>
  after
    ? {
        version: after.updatedAt,
        deleted: false,
        closedAt: null,
        closedKind: null,
        increments: contribution(after),
      }
    : deletedState(eventTime);

// A deal after an event, its stages' kinds read from the workspace now. The rebuild, which sees
// no move, passes the deal as both sides.
export const dealState = (
  current: SettledEntry | undefined,
  before: ClosableDeal | undefined,
  after: ClosableDeal | undefined,
  stages: Stage[],
  eventTime: Date,
): EntityState => {
  if (!after) return deletedState(eventTime);
  const kindAfter = stageKind(stages, after.stage);
  const closing = dealClosing(current, before && stageKind(stages, before.stage), kindAfter, after);
  return {
    version: after.updatedAt,
    deleted: false,
    ...closing,
    increments: dealContribution(after, kindAfter, closing.closedAt),
  };
};
