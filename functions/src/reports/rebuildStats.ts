import { FieldPath, type Query } from "firebase-admin/firestore";
import {
  applyIncrements,
  paths,
  statsEntrySchema,
  statsEntryKinds,
  type Increment,
  type StatsEntryKind,
} from "@pano/domain";
import { HttpsError } from "firebase-functions/v2/https";
import { db } from "../lib/admin";
import { withDates } from "../lib/converter";
import { entityCollections, entityDocuments } from "./reportedFields";
import { entityChange, settleStats } from "./settleStats";
import { overwriteStats } from "./statsWrites";

// 300 entities per transaction: their entries and a dozen stats documents stay under
// Firestore's 500 writes per transaction.
const pageSize = 300;
const entryPageSize = 1000;
const pass2Attempts = 5;

// Every document of a query, a page at a time, in id order.
async function* pages(query: Query, size: number) {
  let last: string | undefined;
  for (;;) {
    const ordered = query.orderBy(FieldPath.documentId()).limit(size);
    const page = await (last === undefined ? ordered : ordered.startAfter(last)).get();
    if (page.empty) return;
    yield page.docs;
    last = page.docs.at(-1)?.id;
    if (page.size < size) return;
  }
}

// Pass 1: every entity through the same ledger transaction as its trigger, a page at a time, so
// people may keep working; then entries whose entity is gone (deleted while functions were off)
// are settled as deleted.
const reconcileEntities = async (workspaceId: string) => {
  let read = 0;
  for (const kind of statsEntryKinds) {
    for await (const docs of pages(db.collection(entityCollections[kind](workspaceId)), pageSize)) {
      read += docs.length;
      const now = new Date();
      // The rebuild sees no move: the entity is its own "before", so a closed deal without a
      // closing time of its own keeps the one its entry knows.
      read += await settleStats(
        workspaceId,
        docs.map((doc) => entityChange(kind, doc.id, doc.data(), doc.data(), now)),
      );
    }
  }
  const live = db.collection(paths.statsEntries(workspaceId)).where("deleted", "==", false);
  for await (const entries of pages(live, pageSize)) {
    read += entries.length;
    const targets = entries.map((entry) => {
      const kind = entry.id.slice(0, entry.id.indexOf("-")) as StatsEntryKind;
      const id = entry.id.slice(kind.length + 1);
      return { kind, id, ref: db.doc(entityDocuments[kind](workspaceId, id)) };
    });
    const found = await db.getAll(...targets.map((target) => target.ref));
    read += found.length;
    const now = new Date();
    read += await settleStats(
      workspaceId,
      targets
        .filter((_, index) => !found[index]?.exists)
        .map(({ kind, id }) => entityChange(kind, id, undefined, undefined, now)),
    );
  }
  return read;
};

// Pass 2: every stats document as the sum of the entries, written only if no entry changed since
// the first read (a trigger's increments would otherwise be lost or counted twice). The first
// read's time is Firestore's clock, the one entries are stamped with.
const recomputeFromEntries = async (workspaceId: string) => {
  let read = 0;
  const entriesCollection = db.collection(paths.statsEntries(workspaceId));
  for (let attempt = 1; attempt <= pass2Attempts; attempt += 1) {
    const existing = await db.collection(paths.stats(workspaceId)).select().get();
    read += Math.max(existing.size, 1);
    // Applied once at the end: applying them entry by entry would copy the documents each time.
    const increments: Increment[] = [];
    for await (const docs of pages(
      entriesCollection.where("deleted", "==", false),
      entryPageSize,
    )) {
      read += docs.length;
      for (const doc of docs)
        increments.push(...statsEntrySchema.parse(withDates(doc.data())).increments);
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

// Recomputes a workspace's report aggregates from its data: for data older than the reports,
// and as a repair. Safe while people work.
export const rebuildStats = async (workspaceId: string) => {
  const started = performance.now();
  const documentsRead =
    (await reconcileEntities(workspaceId)) + (await recomputeFromEntries(workspaceId));
  return { documentsRead, ms: Math.round(performance.now() - started) };
};
