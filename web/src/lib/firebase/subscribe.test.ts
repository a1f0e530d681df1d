import { onSnapshot, type Query } from "firebase/firestore";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { watchQueries, type WatchedRows } from "./subscribe";

vi.mock("firebase/firestore", () => ({ onSnapshot: vi.fn() }));

type Name = { name: string };
type Snapshot = {
  docs: { id: string; data: () => Name; ref: { path: string }; metadata: object }[];
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

const snapshot = (ids: string[], fromCache: boolean): Snapshot => ({
  docs: ids.map((id) => ({
    id,
    data: () => ({ name: id.toUpperCase() }),
    ref: { path: `customers/${id}` },
    metadata: { hasPendingWrites: false },
  })),
  metadata: { fromCache },
});

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

  it("stops every query", () => {
    const { stop } = watch(3);
    stop();
    expect(stops).toHaveLength(3);
    expect(stops.every((each) => vi.mocked(each).mock.calls.length === 1)).toBe(true);
  });
});
