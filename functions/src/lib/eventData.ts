import type { DocumentSnapshot } from "firebase-admin/firestore";
import type { z } from "zod";
import { withDates } from "./converter";

// A trigger's before or after document, parsed by the part of its schema the trigger reads
// (undefined when the document does not exist on that side of the event).
export const eventData = <Schema extends z.ZodType>(
  schema: Schema,
  snapshot: DocumentSnapshot | undefined,
): z.infer<Schema> | undefined =>
  snapshot?.exists ? schema.parse(withDates(snapshot.data())) : undefined;
