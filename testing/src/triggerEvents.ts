import type { DocumentSnapshot, Firestore } from "firebase-admin/firestore";
import { Change } from "firebase-functions/v2";
import type { FirestoreEvent } from "firebase-functions/v2/firestore";

// What Cloud Functions hands a handler: an event id, the path's params, the document before and
// after, as real snapshots read from the emulator, and when the write happened.
export const writtenEvent = <Params extends Record<string, string>>(
  id: string,
  params: Params,
  before: DocumentSnapshot,
  after: DocumentSnapshot,
  time = new Date(),
) =>
  ({
    id,
    params,
    data: new Change(before, after),
    time: time.toISOString(),
  }) as unknown as FirestoreEvent<Change<DocumentSnapshot> | undefined, Params>;

// The "before" of a document's creation: a snapshot of a document that does not exist.
export const missing = (db: Firestore, path: string) => db.doc(`${path}-never-written`).get();
