import {
  addDoc,
  setDoc,
  updateDoc,
  writeBatch,
  type CollectionReference,
  type DocumentData,
  type DocumentReference,
  type UpdateData,
  type WithFieldValue,
} from "firebase/firestore";
import { wellFormedDeep } from "@pano/domain";
import { db } from "./firestore";

// Every client write passes through here: a string with half an emoji is refused by Firestore and
// holds up every later write of the tab, so no such string leaves the client.
export const setDocument = (reference: DocumentReference, data: WithFieldValue<DocumentData>) =>
  setDoc(reference, wellFormedDeep(data));

export const updateDocument = (reference: DocumentReference, data: UpdateData<DocumentData>) =>
  updateDoc(reference, wellFormedDeep(data));

export const addDocument = (reference: CollectionReference, data: WithFieldValue<DocumentData>) =>
  addDoc(reference, wellFormedDeep(data));

export type Batch = ReturnType<typeof newBatch>;

export const newBatch = () => {
  const batch = writeBatch(db);
  return {
    set: (reference: DocumentReference, data: WithFieldValue<DocumentData>) => {
      batch.set(reference, wellFormedDeep(data));
    },
    update: (reference: DocumentReference, data: UpdateData<DocumentData>) => {
      batch.update(reference, wellFormedDeep(data));
    },
    commit: () => batch.commit(),
  };
};
