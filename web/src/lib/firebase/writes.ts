import {
  deleteDoc,
  doc,
  FieldValue,
  FirestoreError,
  getDocFromCache,
  runTransaction,
  serverTimestamp,
  setDoc,
  updateDoc,
  writeBatch,
  type CollectionReference,
  type DocumentData,
  type DocumentReference,
} from "firebase/firestore";
import {
  wellFormedDeep,
  type DocumentUpdate,
  type DocumentWrite,
  type ServerTime,
} from "@pano/domain";
import { db } from "./firestore";
import { writtenDocument, type WrittenDocument } from "../sync/writtenDocument";
import { pendingWrites } from "./pendingWrites";

// The SDK's server-clock sentinel under the domain's brand: a write is checked against the document's schema
// (Firestore's own types accept a sentinel in any field).
export const serverTime = () => serverTimestamp() as unknown as ServerTime;

// A reference typed by its schema (typedDoc) is written without its converter: the data is
// already the document's shape, with sentinels the converter's read type cannot describe.
const plain = (reference: DocumentReference<unknown>) => reference.withConverter(null);
const clean = (data: object) => wellFormedDeep(data) as DocumentData;

// Every client write passes through here: a string with half an emoji is refused by Firestore and
// holds up every later write of the tab, so no such string leaves the client; and each write is
// counted until the server answers, for the header's "changes waiting", with what it wrote, so a
// page reloaded before the answer can still tell whether the server kept it.
const isComputed = (value: unknown) => value instanceof FieldValue;
const written = (reference: DocumentReference<unknown>, data: DocumentData | null) =>
  writtenDocument(reference.path, data, isComputed);

// The SDK runs a tab's operations in order, so a read from the cache asked for after a write
// answers once that write is stored on this device (the write's own promise waits for the
// server). Missing from the cache (a delete) answers as well.
const keptLocally = (reference: DocumentReference<unknown>) =>
  getDocFromCache(plain(reference)).catch(() => undefined);

const track = <T>(
  committed: Promise<T>,
  documents: WrittenDocument[],
  probe: DocumentReference<unknown> | undefined,
) => pendingWrites.track(committed, documents, probe && keptLocally(probe));

export const setDocument = <Doc>(reference: DocumentReference<Doc>, data: DocumentWrite<Doc>) => {
  const cleaned = clean(data);
  return track(setDoc(plain(reference), cleaned), [written(reference, cleaned)], reference);
};

// Creates the document unless it exists, in a transaction. A queued write whose answer the page
// did not live to hear (a reload just after it) is sent again when the app next opens, and a
// create sent again over the document it made is refused as an edit; a transaction is never sent
// again. It needs the server, as a first sign-in does. Calls for the same document while one is
// on its way share it: two at once (a sign-in's effect run twice) would both find nothing, and
// the second commit would fail with "already-exists" (a 409 in the console) for the first's
// document; one that still meets such a document, from another tab, has what it asked for.
const creating = new Map<string, Promise<void>>();

export const createDocumentIfMissing = <Doc>(
  reference: DocumentReference<Doc>,
  data: DocumentWrite<Doc>,
) => {
  const underway = creating.get(reference.path);
  if (underway) return underway;
  const created = runTransaction(db, async (transaction) => {
    const existing = await transaction.get(plain(reference));
    if (!existing.exists()) transaction.set(plain(reference), clean(data));
  })
    .catch((error: unknown) => {
      if (!(error instanceof FirestoreError && error.code === "already-exists")) throw error;
    })
    .finally(() => creating.delete(reference.path));
  creating.set(reference.path, created);
  return created;
};

export const updateDocument = <Doc>(
  reference: DocumentReference<Doc>,
  data: DocumentUpdate<Doc>,
) => {
  const cleaned = clean(data);
  return track(updateDoc(plain(reference), cleaned), [written(reference, cleaned)], reference);
};

// The id is made here rather than by addDoc, so the write can be remembered by its path.
export const addDocument = <Doc>(reference: CollectionReference<Doc>, data: DocumentWrite<Doc>) => {
  const created = doc(reference.withConverter(null));
  const cleaned = clean(data);
  return track(
    setDoc(created, cleaned).then(() => created),
    [written(created, cleaned)],
    created,
  );
};

export const deleteDocument = <Doc>(reference: DocumentReference<Doc>) =>
  track(deleteDoc(reference), [written(reference, null)], reference);

export type Batch = ReturnType<typeof newBatch>;

export const newBatch = () => {
  const batch = writeBatch(db);
  const documents: ReturnType<typeof written>[] = [];
  let first: DocumentReference<unknown> | undefined;
  return {
    set: <Doc>(reference: DocumentReference<Doc>, data: DocumentWrite<Doc>) => {
      const cleaned = clean(data);
      batch.set(plain(reference), cleaned);
      documents.push(written(reference, cleaned));
      first ??= reference;
    },
    update: <Doc>(reference: DocumentReference<Doc>, data: DocumentUpdate<Doc>) => {
      const cleaned = clean(data);
      batch.update(plain(reference), cleaned);
      documents.push(written(reference, cleaned));
      first ??= reference;
    },
    commit: () => track(batch.commit(), documents, first),
  };
};
