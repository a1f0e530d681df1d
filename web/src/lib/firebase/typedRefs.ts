import { collection, collectionGroup, doc } from "firebase/firestore";
import type { z } from "zod";
import { db } from "./firestore";
import { zodConverter } from "./zodConverter";

type DocumentSchema = z.ZodType<Record<string, unknown>>;

export const typedDoc = <Schema extends DocumentSchema>(path: string, schema: Schema) =>
  doc(db, path).withConverter(zodConverter(schema));

export const typedCollection = <Schema extends DocumentSchema>(path: string, schema: Schema) =>
  collection(db, path).withConverter(zodConverter(schema));

export const typedCollectionGroup = <Schema extends DocumentSchema>(id: string, schema: Schema) =>
  collectionGroup(db, id).withConverter(zodConverter(schema));
