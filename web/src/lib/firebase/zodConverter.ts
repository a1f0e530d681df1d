import { Timestamp, type FirestoreDataConverter, type WithFieldValue } from "firebase/firestore";
import type { z } from "zod";

// Pending serverTimestamp() fields read as null locally; "estimate" gives a Date right away.
const snapshotOptions = { serverTimestamps: "estimate" } as const;

const toDates = (value: unknown): unknown => {
  if (value instanceof Timestamp) return value.toDate();
  if (Array.isArray(value)) return value.map(toDates);
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toDates(inner)]));
  return value;
};

// Every document read is parsed by the collection's zod schema: bad data fails loudly, not later.
export const zodConverter = <Schema extends z.ZodType<Record<string, unknown>>>(
  schema: Schema,
): FirestoreDataConverter<z.infer<Schema>, WithFieldValue<z.infer<Schema>>> => ({
  toFirestore: (data) => data as WithFieldValue<z.infer<Schema>>,
  fromFirestore: (snapshot) => schema.parse(toDates(snapshot.data(snapshotOptions))),
});
