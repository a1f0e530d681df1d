import type { DocumentData } from "firebase-admin/firestore";
import type { z } from "zod";
import {
  dealState,
  entityState,
  interactionContribution,
  paths,
  projectContribution,
  settleEntry,
  entryExpiry,
  statsEntryId,
  statsEntrySchema,
  taskContribution,
  type EntityState,
  type Increment,
  type SettledEntry,
  type Stage,
  type StatsEntryKind,
} from "@pano/domain";
import { db } from "../lib/admin";
import { converter, withDates } from "../lib/converter";
import { workspaceRef } from "../lib/refs";
import { serverTime, setIn } from "../lib/typedWrites";
import { reportedSchemas } from "./reportedFields";
import { incrementStats } from "./statsWrites";

type Change<Kind extends StatsEntryKind> = {
  kind: Kind;
  id: string;
  before: z.infer<(typeof reportedSchemas)[Kind]> | undefined;
  after: z.infer<(typeof reportedSchemas)[Kind]> | undefined;
  // When the write happened (a deletion's version).
  time: Date;
};

// One write of a deal, interaction, task or project, as its trigger saw it.
export type EntityChange = { [Kind in StatsEntryKind]: Change<Kind> }[StatsEntryKind];

// A write from its stored documents (undefined where the entity does not exist), read through
// the fields its kind reports.
export const entityChange = (
  kind: StatsEntryKind,
  id: string,
  before: DocumentData | undefined,
  after: DocumentData | undefined,
  time: Date,
): EntityChange => {
  const schema: z.ZodType = reportedSchemas[kind];
  const read = (data: DocumentData | undefined) => data && schema.parse(withDates(data));
  // The kind picked the schema, so each side has that kind's shape.
  return { kind, id, before: read(before), after: read(after), time } as EntityChange;
};

export const statsEntryRef = (workspaceId: string, entryId: string) =>
  db.doc(paths.statsEntry(workspaceId, entryId)).withConverter(converter(statsEntrySchema));

const stateAfter = (
  change: EntityChange,
  current: SettledEntry | undefined,
  stages: Stage[],
): EntityState => {
  switch (change.kind) {
    case "deal":
      return dealState(current, change.before, change.after, stages, change.time);
    case "interaction":
      return entityState(change.after, change.time, interactionContribution);
    case "task":
      return entityState(change.after, change.time, taskContribution);
    case "project":
      return entityState(change.after, change.time, projectContribution);
  }
};

// Applies writes to the stats exactly once and in any order, in one transaction: each entity's
// ledger entry says what it adds now; a newer write replaces that by the difference, an older
// one changes nothing. Triggers pass one write, the rebuild a page of them. Returns how many
// documents it read.
export const settleStats = async (workspaceId: string, changes: EntityChange[]) => {
  if (changes.length === 0) return 0;
  const refs = changes.map((change) =>
    statsEntryRef(workspaceId, statsEntryId(change.kind, change.id)),
  );
  const needsStages = changes.some((change) => change.kind === "deal");
  // A page of writes contends with every trigger of its entities: more attempts than the
  // default five.
  return db.runTransaction(
    async (transaction) => {
      const [entries, workspace] = await Promise.all([
        transaction.getAll(...refs),
        needsStages ? transaction.get(workspaceRef(workspaceId)) : null,
      ]);
      const stages = workspace?.data()?.stages ?? [];
      const current = new Map<string, SettledEntry | undefined>(
        entries.map((entry) => [entry.id, entry.data()]),
      );
      const increments: Increment[] = [];
      const settled = new Map<string, SettledEntry>();
      changes.forEach((change, index) => {
        const ref = refs[index];
        if (!ref) return;
        const entry = settled.get(ref.id) ?? current.get(ref.id);
        const outcome = settleEntry(entry, stateAfter(change, entry, stages));
        if (!outcome) return;
        settled.set(ref.id, outcome.entry);
        increments.push(...outcome.delta);
      });
      for (const [entryId, entry] of settled)
        setIn(transaction, statsEntryRef(workspaceId, entryId), {
          ...entry,
          settledAt: serverTime(),
          expireAt: entryExpiry(entry),
        });
      incrementStats(transaction, workspaceId, increments);
      return entries.length + (workspace ? 1 : 0);
    },
    { maxAttempts: 20 },
  );
};
