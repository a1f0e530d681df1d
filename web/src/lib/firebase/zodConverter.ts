import { Timestamp, type FirestoreDataConverter, type WithFieldValue } from "firebase/firestore";
import type { z } from "zod";
import { timestampsToDates } from "@pano/domain";

// Pending serverTimestamp() fields read as null locally; "estimate" gives a Date right away.
const snapshotOptions = { serverTimestamps: "estimate" } as const;

const isTimestamp = (candidate: object): candidate is Timestamp => candidate instanceof Timestamp;

// Every document read is parsed by the collection's zod schema: bad data fails loudly, not later.
export const zodConverter = <Schema extends z.ZodType<Record<string, unknown>>>(
  schema: Schema,
): FirestoreDataConverter<z.infer<Schema>, WithFieldValue<z.infer<Schema>>> => ({
  toFirestore: (data) => data as WithFieldValue<z.infer<Schema>>,
  fromFirestore: (snapshot) =>
    schema.parse(timestampsToDates(snapshot.data(snapshotOptions), isTimestamp)),
});
