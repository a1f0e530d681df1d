import { z } from "zod";

// One change to one number of a stats document: `path` names the field inside document `doc`
// (keys are ids and may hold any character, so a path is a list, never a dotted string).
export const incrementSchema = z.object({
  doc: z.string(),
  path: z.array(z.string()),
  amount: z.number(),
});
export type Increment = z.infer<typeof incrementSchema>;

// A stats document as nested maps of numbers, without its bookkeeping fields.
export type StatsTree = { [key: string]: number | StatsTree };
// Stats documents by id.
export type StatsDocs = Record<string, StatsTree>;

const keyOf = (increment: Increment) => JSON.stringify([increment.doc, increment.path]);

// Sums increments that touch the same field; fields that end at 0 are dropped.
export const mergeIncrements = (increments: Increment[]): Increment[] => {
  const merged = new Map<string, Increment>();
  for (const increment of increments) {
    const key = keyOf(increment);
    const known = merged.get(key);
    merged.set(key, { ...increment, amount: (known?.amount ?? 0) + increment.amount });
  }
  return [...merged.values()].filter((increment) => increment.amount !== 0);
};

// What turns an entity's old contribution into its new one.
export const incrementDelta = (before: Increment[], after: Increment[]): Increment[] =>
  mergeIncrements([
    ...before.map((increment) => ({ ...increment, amount: -increment.amount })),
    ...after,
  ]);

const child = (tree: StatsTree, key: string): StatsTree => {
  const existing = tree[key];
  if (typeof existing === "object") return existing;
  const created: StatsTree = {};
  tree[key] = created;
  return created;
};

// Increments applied to copies of the documents, the way Firestore's increments change them.
export const applyIncrements = (docs: StatsDocs, increments: Increment[]): StatsDocs => {
  const next: StatsDocs = structuredClone(docs);
  for (const { doc, path, amount } of increments) {
    const parents = path.slice(0, -1);
    const leaf = path.at(-1);
    if (leaf === undefined) continue;
    const parent = parents.reduce(child, (next[doc] ??= {}));
    const current = parent[leaf];
    parent[leaf] = (typeof current === "number" ? current : 0) + amount;
  }
  return next;
};

// Documents as readers see them: a 0 is like absent (increments leave zeros behind), and sums of
// fractions are equal when they differ by rounding only.
const prune = (tree: StatsTree): StatsTree | undefined => {
  const kept: StatsTree = {};
  for (const [key, value] of Object.entries(tree)) {
    const pruned =
      typeof value === "number" ? (Math.abs(value) < 1e-6 ? undefined : value) : prune(value);
    if (pruned !== undefined) kept[key] = pruned;
  }
  return Object.keys(kept).length === 0 ? undefined : kept;
};

export const pruneStats = (docs: StatsDocs): StatsDocs => {
  const kept: StatsDocs = {};
  for (const [id, tree] of Object.entries(docs)) {
    const pruned = prune(tree);
    if (pruned) kept[id] = pruned;
  }
  return kept;
};

const closeEnough = (first: number, second: number) =>
  Math.abs(first - second) <= 1e-9 * Math.max(1, Math.abs(first), Math.abs(second));

type Node = StatsTree | number | undefined;

// The path of the first leaf where two trees differ, or null.
const differingPath = (first: Node, second: Node, path: string[]): string[] | null => {
  if (typeof first === "number" || typeof second === "number")
    return typeof first === "number" && typeof second === "number" && closeEnough(first, second)
      ? null
      : path;
  if (first === undefined || second === undefined) return first === second ? null : path;
  for (const key of new Set([...Object.keys(first), ...Object.keys(second)])) {
    const found = differingPath(first[key], second[key], [...path, key]);
    if (found) return found;
  }
  return null;
};

const valueAt = (docs: StatsDocs, path: string[]) =>
  path.reduce<Node>((node, key) => (typeof node === "object" ? node[key] : undefined), docs);

// Where two sets of documents differ ("month-2026-03 › won › count: 4 ≠ 5"), zeros ignored, or
// null when they agree.
export const statsDifference = (first: StatsDocs, second: StatsDocs): string | null => {
  const left = pruneStats(first);
  const right = pruneStats(second);
  const path = differingPath(left, right, []);
  if (!path) return null;
  const shown = (node: Node) => (typeof node === "object" ? "{…}" : String(node ?? "absent"));
  return `${path.join(" › ")}: ${shown(valueAt(left, path))} ≠ ${shown(valueAt(right, path))}`;
};
