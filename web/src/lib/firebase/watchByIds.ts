import { documentId, query, where, type FieldPath, type Query } from "firebase/firestore";
import { inQueryChunks } from "./inQueryChunks";
import { watchQueries, type Listener, type Unsubscribe, type WatchedRows } from "./subscribe";

// The documents whose field is one of the values, asked in as many queries as "in" needs.
export const inQueries = <T>(source: Query<T>, field: string | FieldPath, values: string[]) =>
  inQueryChunks(values).map((chunk) => query(source, where(field, "in", chunk)));

// A known set of documents, kept live, reading only those documents.
export const watchByIds = <T>(
  source: Query<T>,
  ids: string[],
  listener: Listener<WatchedRows<T>>,
): Unsubscribe => watchQueries(inQueries(source, documentId(), ids), listener);
