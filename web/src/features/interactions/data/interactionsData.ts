import { orderBy, query, where } from "firebase/firestore";
import {
  interactionEdit,
  interactionSchema,
  newInteraction,
  paths,
  type Interaction,
  type InteractionFields,
} from "@pano/domain";
import { subscribeQuery, type Listener, type Row } from "@/lib/firebase/subscribe";
import { typedCollection, typedDoc } from "@/lib/firebase/typedRefs";
import { addDocument, deleteDocument, serverTime, updateDocument } from "@/lib/firebase/writes";

const interactions = (workspaceId: string) =>
  typedCollection(paths.interactions(workspaceId), interactionSchema);

const interaction = (workspaceId: string, interactionId: string) =>
  typedDoc(paths.interaction(workspaceId, interactionId), interactionSchema);

export const watchCustomerInteractions = (
  workspaceId: string,
  customerId: string,
  listener: Listener<Row<Interaction>[]>,
) =>
  subscribeQuery(
    query(
      interactions(workspaceId),
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
  addDocument(
    interactions(workspaceId),
    newInteraction(customerId, fields, createdBy, serverTime()),
  );

export const updateInteraction = (workspaceId: string, id: string, fields: InteractionFields) =>
  updateDocument(interaction(workspaceId, id), interactionEdit(fields, serverTime()));

export const deleteInteraction = (workspaceId: string, id: string) =>
  deleteDocument(interaction(workspaceId, id));
