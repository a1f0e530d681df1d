import { onSnapshot, type DocumentReference, type Query } from "firebase/firestore";

export type Unsubscribe = () => void;
export type Listener<T> = { next: (value: T) => void; error: (error: Error) => void };

export type Row<T> = T & { id: string; path: string; pending: boolean };

export const subscribeQuery = <T>(query: Query<T>, listener: Listener<Row<T>[]>): Unsubscribe =>
  onSnapshot(
    query,
    { includeMetadataChanges: true },
    (snapshot) =>
      listener.next(
        snapshot.docs.map((document) => ({
          ...document.data(),
          id: document.id,
          path: document.ref.path,
          pending: document.metadata.hasPendingWrites,
        })),
      ),
    listener.error,
  );

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

// Several queries watched as one list: published once each has answered, every document once
// (a document two queries match shows a single time).
export const subscribeQueries = <T>(
  queries: Query<T>[],
  listener: Listener<Row<T>[]>,
): Unsubscribe => {
  const results: (Row<T>[] | undefined)[] = queries.map(() => undefined);
  const publish = () => {
    if (results.some((rows) => rows === undefined)) return;
    const byPath = new Map(results.flatMap((rows) => rows ?? []).map((row) => [row.path, row]));
    listener.next([...byPath.values()]);
  };
  if (queries.length === 0) listener.next([]);
  const unsubscribes = queries.map((query, index) =>
    subscribeQuery(query, {
      next: (rows) => {
        results[index] = rows;
        publish();
      },
      error: listener.error,
    }),
  );
  return () => unsubscribes.forEach((unsubscribe) => unsubscribe());
};
