import type { DocumentUpdate, DocumentWrite, WriteTime } from "../documents/documentWrite";
import type { Interaction, InteractionFields } from "./interactionSchema";

export const newInteraction = (
  customerId: string,
  fields: InteractionFields,
  createdBy: string,
  now: WriteTime,
): DocumentWrite<Interaction> => ({
  ...fields,
  customerId,
  createdBy,
  createdAt: now,
  updatedAt: now,
});

export const interactionEdit = (
  fields: InteractionFields,
  now: WriteTime,
): DocumentUpdate<Interaction> => ({ ...fields, updatedAt: now });
