import {
  onSnapshot,
  type DocumentReference,
  type Query,
  type QueryDocumentSnapshot,
  type QuerySnapshot,
} from "firebase/firestore";

export type Unsubscribe = () => void;
export type Listener<T> = { next: (value: T) => void; error: (error: Error) => void };

export type Row<T> = T & { id: string; path: string; pending: boolean };

export const rowOf = <T>(document: QueryDocumentSnapshot<T>): Row<T> => ({
  ...document.data(),
  id: document.id,
  path: document.ref.path,
  pending: document.metadata.hasPendingWrites,
});

// The rows of a query's snapshot, reusing the previous snapshot's row for every document that did
// not change (docChanges names those that did, metadata included), so memoized views of a row
// render again only when that document changed: a move renders one card, not the board. A
// snapshot that changed no document (the server confirming what the cache showed, in one or
// several answers) hands back the same list, so nothing renders again.
const keptRows = <T>() => {
  const rows = new Map<string, Row<T>>();
  let previous: Row<T>[] | undefined;
  return (snapshot: QuerySnapshot<T>): Row<T>[] => {
    const changes = snapshot.docChanges({ includeMetadataChanges: true });
    if (previous && changes.length === 0) return previous;
    for (const change of changes) {
      if (change.type === "removed") rows.delete(change.doc.ref.path);
      else rows.set(change.doc.ref.path, rowOf(change.doc));
    }
    previous = snapshot.docs.map((document) => rows.get(document.ref.path) ?? rowOf(document));
    return previous;
  };
};

// `onServerAnswer` hears each snapshot that holds the server's answer rather than the cache's.
export const subscribeQuery = <T>(
  query: Query<T>,
  listener: Listener<Row<T>[]>,
  onServerAnswer?: () => void,
): Unsubscribe => {
  const rowsOf = keptRows<T>();
  return onSnapshot(
    query,
    { includeMetadataChanges: true },
    (snapshot) => {
      if (!snapshot.metadata.fromCache) onServerAnswer?.();
      listener.next(rowsOf(snapshot));
    },
    listener.error,
  );
};

export const subscribeDoc = <T>(
  reference: DocumentReference<T>,
  listener: Listener<Row<T> | null>,
): Unsubscribe =>
  onSnapshot(
    reference,
    { includeMetadataChanges: true },
    (snapshot) => {
      const data = snapshot.data();
      listener.next(
        data === undefined
          ? null
          : {
              ...data,
              id: snapshot.id,
              path: snapshot.ref.path,
              pending: snapshot.metadata.hasPendingWrites,
            },
      );
    },
    listener.error,
  );

export type WatchedRows<T> = {
  rows: Row<T>[];
  // Whether the server has answered every query: only then does a missing document mean deleted.
  confirmed: boolean;
};

// Several queries watched as one list: published once each has answered, every document once
// (a document two queries match shows a single time).
export const watchQueries = <T>(
  queries: Query<T>[],
  listener: Listener<WatchedRows<T>>,
): Unsubscribe => {
  const results: ({ rows: Row<T>[]; fromCache: boolean } | undefined)[] = queries.map(
    () => undefined,
  );
  const publish = () => {
    const answered = results.filter((result) => result !== undefined);
    if (answered.length < results.length) return;
    const byPath = new Map(answered.flatMap((result) => result.rows).map((row) => [row.path, row]));
    listener.next({
      rows: [...byPath.values()],
      confirmed: answered.every((result) => !result.fromCache),
    });
  };
  if (queries.length === 0) listener.next({ rows: [], confirmed: true });
  const unsubscribes = queries.map((query, index) => {
    const rowsOf = keptRows<T>();
    return onSnapshot(
      query,
      { includeMetadataChanges: true },
      (snapshot) => {
        results[index] = { rows: rowsOf(snapshot), fromCache: snapshot.metadata.fromCache };
        publish();
      },
      listener.error,
    );
  });
  return () => unsubscribes.forEach((unsubscribe) => unsubscribe());
};

export const subscribeQueries = <T>(
  queries: Query<T>[],
  listener: Listener<Row<T>[]>,
): Unsubscribe =>
  watchQueries(queries, { next: ({ rows }) => listener.next(rows), error: listener.error });
