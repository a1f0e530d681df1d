import { FieldPath, type Query, type QueryDocumentSnapshot } from "firebase-admin/firestore";
import {
  applyIncrements,
  paths,
  rebuildSteps,
  statsEntrySchema,
  type Increment,
  type RebuildCursor,
  type RebuildReportsResult,
  type StatsEntryKind,
} from "@pano/domain";
import { HttpsError } from "firebase-functions/v2/https";
import { db } from "../lib/admin";
import { withDates } from "../lib/converter";
import { entityCollections, entityDocuments } from "./reportedFields";
import { entityChange, settleStatsUnlocked } from "./settleStats";
import { overwriteStats } from "./statsWrites";

// 300 entities per transaction: their entries and a dozen stats documents stay under
// Firestore's 500 writes per transaction.
const pageSize = 300;
const entryPageSize = 1000;
const totalsAttempts = 5;
// A call starts no further page after this long, so a workspace of any size is rebuilt in
// several calls; the totals step, which reads every entry, then starts in the next call and has
// the rest of the callable's 540 s for itself.
const callBudgetMs = 240_000;

// The page of a query after the document id `after`, in id order.
const pageAfter = (query: Query, after: string | null, size: number) => {
  const ordered = query.orderBy(FieldPath.documentId()).limit(size);
  return (after === null ? ordered : ordered.startAfter(after)).get();
};

type PagedStep = {
  query: (workspaceId: string) => Query;
  settle: (workspaceId: string, docs: QueryDocumentSnapshot[]) => Promise<number>;
};

// Pass 1 for one kind: a page of entities through the same ledger as their triggers, so people
// may keep working.
const entityStep = (kind: StatsEntryKind): PagedStep => ({
  query: (workspaceId) => db.collection(entityCollections[kind](workspaceId)),
  settle: (workspaceId, docs) => {
    const now = new Date();
    // The rebuild sees no move: the entity is its own "before", so a closed deal without a
    // closing time of its own keeps the one its entry knows.
    return settleStatsUnlocked(
      workspaceId,
      docs.map((doc) => entityChange(kind, doc.id, doc.data(), doc.data(), now)),
    );
  },
});

// Pass 1, last: entries whose entity is gone (deleted while functions were off) are settled as
// deleted.
const settleDeleted = async (workspaceId: string, entries: QueryDocumentSnapshot[]) => {
  const targets = entries.map((entry) => {
    const kind = entry.id.slice(0, entry.id.indexOf("-")) as StatsEntryKind;
    const id = entry.id.slice(kind.length + 1);
    return { kind, id, ref: db.doc(entityDocuments[kind](workspaceId, id)) };
  });
  const found = await db.getAll(...targets.map((target) => target.ref));
  const now = new Date();
  return (
    found.length +
    (await settleStatsUnlocked(
      workspaceId,
      targets
        .filter((_, index) => !found[index]?.exists)
        .map(({ kind, id }) => entityChange(kind, id, undefined, undefined, now)),
    ))
  );
};

const liveEntries = (workspaceId: string) =>
  db.collection(paths.statsEntries(workspaceId)).where("deleted", "==", false);

const pagedSteps: Record<Exclude<RebuildCursor["step"], "totals">, PagedStep> = {
  deal: entityStep("deal"),
  interaction: entityStep("interaction"),
  task: entityStep("task"),
  project: entityStep("project"),
  deleted: { query: liveEntries, settle: settleDeleted },
};

// Pass 2: every stats document as the sum of the entries, written only if no entry changed since
// the first read (a trigger's increments would otherwise be lost or counted twice). The first
// read's time is Firestore's clock, the one entries are stamped with.
const recomputeTotals = async (workspaceId: string) => {
  let read = 0;
  const entriesCollection = db.collection(paths.statsEntries(workspaceId));
  for (let attempt = 1; attempt <= totalsAttempts; attempt += 1) {
    const existing = await db.collection(paths.stats(workspaceId)).select().get();
    read += Math.max(existing.size, 1);
    // Applied once at the end: applying them entry by entry would copy the documents each time.
    const increments: Increment[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await pageAfter(liveEntries(workspaceId), after, entryPageSize);
      read += Math.max(page.size, 1);
      for (const doc of page.docs)
        increments.push(...statsEntrySchema.parse(withDates(doc.data())).increments);
      after = page.docs.at(-1)?.id ?? null;
      if (page.size < entryPageSize) break;
    }
    const stats = applyIncrements({}, increments);
    const ids = new Set([...Object.keys(stats), ...existing.docs.map((doc) => doc.id)]);
    const written = await db.runTransaction(async (transaction) => {
      const changed = await transaction.get(
        entriesCollection.where("settledAt", ">", existing.readTime).limit(1),
      );
      read += Math.max(changed.size, 1);
      if (!changed.empty) return false;
      for (const id of ids) overwriteStats(transaction, workspaceId, id, stats[id]);
      return true;
    });
    if (written) return read;
  }
  throw new HttpsError("aborted", "errors.generic");
};

const nextStep = (step: RebuildCursor["step"]): RebuildCursor | null => {
  const next = rebuildSteps[rebuildSteps.indexOf(step) + 1];
  return next ? { step: next, after: null } : null;
};

// Recomputes a workspace's report aggregates from its data (for data older than the reports, and
// as a repair), safe while people work, from `resume` on for as long as one call may take.
export const rebuildStats = async (
  workspaceId: string,
  resume: RebuildCursor | null,
  pageLimit = Number.POSITIVE_INFINITY,
): Promise<RebuildReportsResult> => {
  const started = performance.now();
  const result = (documentsRead: number, next: RebuildCursor | null) => ({
    documentsRead,
    ms: Math.round(performance.now() - started),
    resume: next,
  });
  let cursor: RebuildCursor | null = resume ?? { step: rebuildSteps[0], after: null };
  let read = 0;
  let pagesDone = 0;
  const mayGoOn = () => pagesDone < pageLimit && performance.now() - started < callBudgetMs;
  while (cursor) {
    if (cursor.step === "totals") {
      if (pagesDone > 0 && !mayGoOn()) return result(read, cursor);
      return result(read + (await recomputeTotals(workspaceId)), null);
    }
    const step = pagedSteps[cursor.step];
    const query = step.query(workspaceId);
    // The next page is read while this one settles.
    let page = await pageAfter(query, cursor.after, pageSize);
    for (;;) {
      read += Math.max(page.size, 1);
      const last = page.docs.at(-1)?.id;
      const following = page.size === pageSize && last ? pageAfter(query, last, pageSize) : null;
      read += page.empty ? 0 : await step.settle(workspaceId, page.docs);
      pagesDone += 1;
      if (!following || !last) break;
      if (!mayGoOn()) {
        void following.catch(() => undefined);
        return result(read, { step: cursor.step, after: last });
      }
      page = await following;
    }
    cursor = nextStep(cursor.step);
    if (cursor && !mayGoOn()) return result(read, cursor);
  }
  return result(read, null);
};
