import {
  addDoc,
  deleteDoc,
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
// counted until the server answers, for the header's "changes waiting".
const { track } = pendingWrites;

export const setDocument = <Doc>(reference: DocumentReference<Doc>, data: DocumentWrite<Doc>) =>
  track(setDoc(plain(reference), clean(data)));

export const updateDocument = <Doc>(reference: DocumentReference<Doc>, data: DocumentUpdate<Doc>) =>
  track(updateDoc(plain(reference), clean(data)));

export const addDocument = <Doc>(reference: CollectionReference<Doc>, data: DocumentWrite<Doc>) =>
  track(addDoc(reference.withConverter(null), clean(data)));

export const deleteDocument = <Doc>(reference: DocumentReference<Doc>) =>
  track(deleteDoc(reference));

export type Batch = ReturnType<typeof newBatch>;

export const newBatch = () => {
  const batch = writeBatch(db);
  return {
    set: <Doc>(reference: DocumentReference<Doc>, data: DocumentWrite<Doc>) => {
      batch.set(plain(reference), clean(data));
    },
    update: <Doc>(reference: DocumentReference<Doc>, data: DocumentUpdate<Doc>) => {
      batch.update(plain(reference), clean(data));
    },
    commit: () => track(batch.commit()),
  };
};
