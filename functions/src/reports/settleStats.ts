import type { DocumentData, DocumentSnapshot } from "firebase-admin/firestore";
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
  type StatsEntry,
  type Stage,
  type StatsEntryKind,
} from "@pano/domain";
import { db } from "../lib/admin";
import { converter, withDates } from "../lib/converter";
import { workspaceRef } from "../lib/refs";
import { addToShard, foldCounter, foldSoon } from "../lib/shardedCounter";
import { serverTime, setIn } from "../lib/typedWrites";
import { reportedSchemas } from "./reportedFields";
import { statsCounter, statsIncrementTrees } from "./statsWrites";

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

type Snapshot = { id: string; data: () => SettledEntry | undefined };

// The entries after the changes, and the increments that take the stats there.
const settleChanges = (changes: EntityChange[], snapshots: Snapshot[], stages: Stage[]) => {
  const current = new Map(snapshots.map((snapshot) => [snapshot.id, snapshot.data()]));
  const increments: Increment[] = [];
  const settled = new Map<string, SettledEntry>();
  for (const change of changes) {
    const entryId = statsEntryId(change.kind, change.id);
    const entry = settled.get(entryId) ?? current.get(entryId);
    const outcome = settleEntry(entry, stateAfter(change, entry, stages));
    if (!outcome) continue;
    settled.set(entryId, outcome.entry);
    increments.push(...outcome.delta);
  }
  return { settled, increments };
};

const stored = (entry: SettledEntry) => ({
  ...entry,
  settledAt: serverTime(),
  expireAt: entryExpiry(entry),
});

const entryRefs = (workspaceId: string, changes: EntityChange[]) =>
  [...new Set(changes.map((change) => statsEntryId(change.kind, change.id)))].map((entryId) =>
    statsEntryRef(workspaceId, entryId),
  );

const needsStages = (changes: EntityChange[]) => changes.some((change) => change.kind === "deal");

// The key of the shard a set of writes adds to: the first write's entry id. A trigger's one write
// so goes to its entity's shard, and entities spread over the shards; a page's writes go to one.
const shardKey = (changes: EntityChange[]) => {
  const first = changes[0];
  return first ? statsEntryId(first.kind, first.id) : "";
};

// Adds increments to the shard of `key` of each stats document they touch, in the caller's
// transaction or batch; the documents are for folding after it commits.
const addToShards = (
  writer: Parameters<typeof addToShard>[0],
  workspaceId: string,
  key: string,
  increments: Increment[],
) =>
  statsIncrementTrees(increments).map(([statsId, tree]) => {
    const counter = statsCounter(workspaceId, statsId);
    addToShard(writer, counter, key, tree);
    return counter;
  });

// Applies writes to the stats exactly once and in any order, in one transaction: each entity's
// ledger entry says what it adds now; a newer write replaces that by the difference, an older
// one changes nothing. The difference goes to a shard of each stats document it touches, never to
// the document, which the fold that follows writes at most once a second. Triggers pass one
// write, the rebuild a page of them. Returns how many documents it read.
export const settleStats = async (workspaceId: string, changes: EntityChange[]) => {
  if (changes.length === 0) return 0;
  const refs = entryRefs(workspaceId, changes);
  const key = shardKey(changes);
  // A page of writes contends with every trigger of its entities: more attempts than the
  // default five.
  const { reads, folds } = await db.runTransaction(
    async (transaction) => {
      const [entries, workspace] = await Promise.all([
        transaction.getAll(...refs),
        needsStages(changes) ? transaction.get(workspaceRef(workspaceId)) : null,
      ]);
      const { settled, increments } = settleChanges(
        changes,
        entries,
        workspace?.data()?.stages ?? [],
      );
      for (const [entryId, entry] of settled)
        setIn(transaction, statsEntryRef(workspaceId, entryId), stored(entry));
      return {
        reads: entries.length + (workspace ? 1 : 0),
        folds: addToShards(transaction, workspaceId, key, increments),
      };
    },
    { maxAttempts: 20 },
  );
  await Promise.all(folds.map(foldSoon));
  return reads;
};

// Firestore's answers when a precondition of a batch no longer holds.
const alreadyExists = 6;
const failedPrecondition = 9;

// The same, without a transaction's locks, for the rebuild's pages: each entry is written only if
// it is still as read (created only if still missing), all in one batch with the increments, so a
// trigger that wrote one of them meanwhile fails the batch and the page goes through settleStats.
// The stages are read after the entries: a stage change re-derives its deals' entries after it is
// written, so entries read before stale stages would fail their precondition. A page holds no
// locks, so the triggers of people working meanwhile never wait behind 300 entries. Its
// increments go to shards like a trigger's: a batch's merging writes need no read either.
export const readEntries = async (workspaceId: string, changes: EntityChange[]) => {
  // getAll's result is untyped; the references carry the entries' converter, which parsed them.
  const entries = (await db.getAll(
    ...entryRefs(workspaceId, changes),
  )) as DocumentSnapshot<StatsEntry>[];
  const workspace = needsStages(changes) ? await workspaceRef(workspaceId).get() : null;
  return {
    entries,
    stages: workspace?.data()?.stages ?? [],
    reads: entries.length + (workspace ? 1 : 0),
  };
};

export const commitUnlocked = async (
  workspaceId: string,
  changes: EntityChange[],
  { entries, stages, reads }: Awaited<ReturnType<typeof readEntries>>,
) => {
  const { settled, increments } = settleChanges(changes, entries, stages);
  const read = new Map(entries.map((entry) => [entry.id, entry]));
  const batch = db.batch();
  for (const [entryId, entry] of settled) {
    const ref = statsEntryRef(workspaceId, entryId).withConverter(null);
    const before = read.get(entryId);
    if (before?.exists) batch.update(ref, stored(entry), { lastUpdateTime: before.updateTime });
    else batch.create(ref, stored(entry));
  }
  const counters = addToShards(batch, workspaceId, shardKey(changes), increments);
  try {
    await batch.commit();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code !== alreadyExists && code !== failedPrecondition) throw error;
    return reads + (await settleStats(workspaceId, changes));
  }
  // The next page does not wait out a throttled fold: the request it leaves is answered by the
  // next event's fold or the scheduled run, and the rebuild's totals rewrite every document.
  await Promise.all(counters.map(foldCounter));
  return reads;
};

export const settleStatsUnlocked = async (workspaceId: string, changes: EntityChange[]) =>
  changes.length === 0
    ? 0
    : commitUnlocked(workspaceId, changes, await readEntries(workspaceId, changes));
