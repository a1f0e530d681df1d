import { Timestamp, type FirestoreDataConverter } from "firebase-admin/firestore";
import type { z } from "zod";

const toDates = (value: unknown): unknown => {
  if (value instanceof Timestamp) return value.toDate();
  if (Array.isArray(value)) return value.map(toDates);
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toDates(inner)]));
  return value;
};

// Admin-side twin of the web converter: documents are parsed, never cast.
export const converter = <Schema extends z.ZodType<Record<string, unknown>>>(
  schema: Schema,
): FirestoreDataConverter<z.infer<Schema>> => ({
  toFirestore: (data) => data as FirebaseFirestore.DocumentData,
  fromFirestore: (snapshot) => schema.parse(toDates(snapshot.data())),
});
