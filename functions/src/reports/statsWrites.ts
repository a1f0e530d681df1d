import {
  FieldValue,
  type DocumentData,
  type DocumentReference,
  type SetOptions,
  type Transaction,
} from "firebase-admin/firestore";
import { paths, type Increment, type StatsTree } from "@pano/domain";
import { db } from "../lib/admin";

const monthPrefix = "month-";

// What every stats document carries besides its numbers: a month document names its month.
const bookkeeping = (statsId: string): DocumentData => ({
  ...(statsId.startsWith(monthPrefix) ? { month: statsId.slice(monthPrefix.length) } : {}),
  updatedAt: FieldValue.serverTimestamp(),
});

export const statsDocRef = (workspaceId: string, statsId: string) =>
  db.doc(paths.statsDoc(workspaceId, statsId));

// Increments as nested maps: a merging set takes each key literally (ids may hold dots or
// slashes) and creates the document and its maps when missing.
const incrementTree = (increments: Increment[]) => {
  const tree: DocumentData = {};
  for (const { path, amount } of increments) {
    const leaf = path.at(-1);
    if (leaf === undefined) continue;
    const parent = path
      .slice(0, -1)
      .reduce<DocumentData>((node, key) => (node[key] ??= {}) as DocumentData, tree);
    parent[leaf] = FieldValue.increment(amount);
  }
  return tree;
};

// Adds the increments to their stats documents, one merging write per document.
// A transaction or a batch.
type MergingWriter = {
  set: (reference: DocumentReference, data: DocumentData, options: SetOptions) => unknown;
};

export const incrementStats = (
  transaction: MergingWriter,
  workspaceId: string,
  increments: Increment[],
) => {
  const byDoc = new Map<string, Increment[]>();
  for (const increment of increments)
    byDoc.set(increment.doc, [...(byDoc.get(increment.doc) ?? []), increment]);
  for (const [statsId, ofDoc] of byDoc)
    transaction.set(
      statsDocRef(workspaceId, statsId),
      { ...bookkeeping(statsId), ...incrementTree(ofDoc) },
      { merge: true },
    );
};

// Replaces a stats document by the given numbers (absent: an empty document).
export const overwriteStats = (
  transaction: Transaction,
  workspaceId: string,
  statsId: string,
  tree: StatsTree | undefined,
) => transaction.set(statsDocRef(workspaceId, statsId), { ...bookkeeping(statsId), ...tree });
