import {
  FieldValue,
  type DocumentData,
  type DocumentReference,
  type Transaction,
} from "firebase-admin/firestore";
import type { DocumentUpdate, DocumentWrite, ServerTime } from "@pano/domain";

// The Admin SDK's server-clock sentinel under the domain's brand, so a function's write is checked
// against the document's schema (Firestore's own types accept a sentinel in any field).
export const serverTime = () => FieldValue.serverTimestamp() as unknown as ServerTime;

// A reference typed by its schema is written without its converter: the data is the document's
// shape with sentinels, which the converter's read type cannot describe.
const plain = <Doc>(reference: DocumentReference<Doc>) => reference.withConverter(null);

export const createIn = <Doc>(
  transaction: Transaction,
  reference: DocumentReference<Doc>,
  data: DocumentWrite<Doc>,
) => transaction.create(plain(reference), data as DocumentData);

export const setIn = <Doc>(
  transaction: Transaction,
  reference: DocumentReference<Doc>,
  data: DocumentWrite<Doc>,
) => transaction.set(plain(reference), data as DocumentData);

export const updateIn = <Doc>(
  transaction: Transaction,
  reference: DocumentReference<Doc>,
  data: DocumentUpdate<Doc>,
) => transaction.update(plain(reference), data as DocumentData);
