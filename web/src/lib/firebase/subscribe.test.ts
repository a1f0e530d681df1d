import { onSnapshot, type Query } from "firebase/firestore";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { subscribeQuery, watchQueries, type Row, type WatchedRows } from "./subscribe";

vi.mock("firebase/firestore", () => ({ onSnapshot: vi.fn() }));

type Name = { name: string };
type FakeDocument = { id: string; data: () => Name; ref: { path: string }; metadata: object };
type Snapshot = {
  docs: FakeDocument[];
  docChanges: () => { type: "added" | "modified" | "removed"; doc: FakeDocument }[];
  metadata: { fromCache: boolean };
};

const answers: ((snapshot: Snapshot) => void)[] = [];
const stops: (() => void)[] = [];

beforeEach(() => {
  answers.length = 0;
  stops.length = 0;
  vi.mocked(onSnapshot).mockImplementation((...args: unknown[]) => {
    answers.push(args[2] as (snapshot: Snapshot) => void);
    const stop = vi.fn();
    stops.push(stop);
    return stop;
  });
});

const fakeDocument = (id: string, name = id.toUpperCase()): FakeDocument => ({
  id,
  data: () => ({ name }),
  ref: { path: `customers/${id}` },
  metadata: { hasPendingWrites: false },
});

// The SDK's docChanges name what changed since the listener's previous snapshot: by default every
// document is new, as in a first snapshot.
const snapshot = (
  ids: string[],
  fromCache: boolean,
  changes: { type: "added" | "modified" | "removed"; id: string; name?: string }[] = ids.map(
    (id) => ({ type: "added", id }),
  ),
): Snapshot => {
  const changed = new Map(
    changes.map((change) => [change.id, fakeDocument(change.id, change.name)]),
  );
  return {
    docs: ids.map((id) => changed.get(id) ?? fakeDocument(id)),
    docChanges: () =>
      changes.map(({ type, id }) => ({ type, doc: changed.get(id) ?? fakeDocument(id) })),
    metadata: { fromCache },
  };
};

const answer = (index: number, value: Snapshot) => {
  const callback = answers[index];
  if (!callback) throw new Error(`query ${index} is not watched`);
  callback(value);
};

const watch = (count: number) => {
  const published: WatchedRows<Name>[] = [];
  const queries = Array.from({ length: count }, () => ({}) as Query<Name>);
  const stop = watchQueries(queries, { next: (value) => published.push(value), error: vi.fn() });
  return { published, stop };
};

describe("watchQueries", () => {
  it("answers at once, confirmed, when there is nothing to ask", () => {
    expect(watch(0).published).toEqual([{ rows: [], confirmed: true }]);
  });

  it("publishes once every query has answered, each document once", () => {
    const { published } = watch(2);
    answer(0, snapshot(["a", "b"], false));
    expect(published).toEqual([]);
    answer(1, snapshot(["b", "c"], false));
    expect(published).toHaveLength(1);
    expect(published[0]?.rows.map((row) => [row.id, row.name])).toEqual([
      ["a", "A"],
      ["b", "B"],
      ["c", "C"],
    ]);
    expect(published[0]?.confirmed).toBe(true);
  });

  it("is confirmed only once the server has answered every query", () => {
    const { published } = watch(2);
    answer(0, snapshot(["a"], false));
    answer(1, snapshot([], true));
    expect(published.at(-1)?.confirmed).toBe(false);
    answer(1, snapshot(["c"], false));
    expect(published.at(-1)).toMatchObject({ confirmed: true, rows: [{ id: "a" }, { id: "c" }] });
  });

  it("keeps the row of every document the snapshot did not change", () => {
    const { published } = watch(1);
    answer(0, snapshot(["a", "b", "c"], false));
    answer(
      0,
      snapshot(["a", "c", "d"], false, [
        { type: "removed", id: "b" },
        { type: "modified", id: "c", name: "Cem" },
        { type: "added", id: "d" },
      ]),
    );
    const [first, second] = published.map(({ rows }) => rows);
    expect(second?.map((row) => [row.id, row.name])).toEqual([
      ["a", "A"],
      ["c", "Cem"],
      ["d", "D"],
    ]);
    expect(second?.[0]).toBe(first?.[0]);
    expect(second?.[1]).not.toBe(first?.[2]);
  });

  it("hands back the same list when the server only confirms what the cache showed", () => {
    const published: Row<Name>[][] = [];
    subscribeQuery({} as Query<Name>, { next: (rows) => published.push(rows), error: vi.fn() });
    answer(0, snapshot(["a", "b"], true));
    answer(0, snapshot(["a", "b"], false, []));
    answer(0, snapshot(["a", "b"], false, [{ type: "modified", id: "b", name: "Banu" }]));
    const [fromCache, confirmed, changed] = published;
    expect(confirmed).toBe(fromCache);
    expect(changed).not.toBe(confirmed);
    expect(changed?.map((row) => row.name)).toEqual(["A", "Banu"]);
  });

  it("stops every query", () => {
    const { stop } = watch(3);
    stop();
    expect(stops).toHaveLength(3);
    expect(stops.every((each) => vi.mocked(each).mock.calls.length === 1)).toBe(true);
  });
});
