import { Timestamp, type FirestoreDataConverter } from "firebase-admin/firestore";
import type { z } from "zod";
import { timestampsToDates } from "@pano/domain";

const isTimestamp = (candidate: object): candidate is Timestamp => candidate instanceof Timestamp;

// Stored data as the schemas describe it: Firestore timestamps become Dates.
export const withDates = (data: unknown) => timestampsToDates(data, isTimestamp);

// Admin-side twin of the web converter: documents are parsed, never cast.
export const converter = <Schema extends z.ZodType<Record<string, unknown>>>(
  schema: Schema,
): FirestoreDataConverter<z.infer<Schema>> => ({
  toFirestore: (data) => data as FirebaseFirestore.DocumentData,
  fromFirestore: (snapshot) => schema.parse(withDates(snapshot.data())),
});
