import { collection, deleteDoc, orderBy, query, serverTimestamp, where } from "firebase/firestore";
import { interactionSchema, paths, type Interaction, type InteractionFields } from "@pano/domain";
import { db } from "@/lib/firebase/firestore";
import { subscribeQuery, type Listener, type Row } from "@/lib/firebase/subscribe";
import { rawDoc, typedCollection } from "@/lib/firebase/typedRefs";
import { addDocument, updateDocument } from "@/lib/firebase/writes";

export const watchCustomerInteractions = (
  workspaceId: string,
  customerId: string,
  listener: Listener<Row<Interaction>[]>,
) =>
  subscribeQuery(
    query(
      typedCollection(paths.interactions(workspaceId), interactionSchema),
      where("customerId", "==", customerId),
      orderBy("occurredAt", "desc"),
    ),
    listener,
  );

// Not awaited by the UI: the timeline shows the entry at once, marked pending until the server acks.
export const logInteraction = (
  workspaceId: string,
  createdBy: string,
  customerId: string,
  fields: InteractionFields,
) =>
  addDocument(collection(db, paths.interactions(workspaceId)), {
    ...fields,
    customerId,
    createdBy,
    createdAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
  });

export const updateInteraction = (workspaceId: string, id: string, fields: InteractionFields) =>
  updateDocument(rawDoc(paths.interaction(workspaceId, id)), {
    ...fields,
    updatedAt: serverTimestamp(),
  });

export const deleteInteraction = (workspaceId: string, id: string) =>
  deleteDoc(rawDoc(paths.interaction(workspaceId, id)));
