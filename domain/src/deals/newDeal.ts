import type { DocumentUpdate, DocumentWrite, WriteTime } from "../documents/documentWrite";
import type { Deal, DealFields } from "./dealSchema";

// Where a deal sits on the pipeline, and why it was lost while it sits in a lost stage.
export type DealPlacement = { stage: string; rank: string; lostReason: string | null };

// projectId is the won-deal function's to set; linkProjectId is asked for later, on a move.
export const newDeal = (
  fields: DealFields,
  placement: DealPlacement,
  createdBy: string,
  now: WriteTime,
): DocumentWrite<Deal> => ({
  ...fields,
  ...placement,
  projectId: null,
  linkProjectId: null,
  createdBy,
  createdAt: now,
  updatedBy: createdBy,
  updatedAt: now,
});

// What a deal with no project asks the won-deal function for: a project of its customer to link
// or null for a project of its own.
export type ProjectRequest = { linkProjectId: string | null };

// A move is one write: the new stage and rank, and on entering a won stage the project choice.
export const dealMove = (
  placement: DealPlacement,
  updatedBy: string,
  now: WriteTime,
  projectRequest?: ProjectRequest,
): DocumentUpdate<Deal> => ({ ...placement, ...projectRequest, updatedBy, updatedAt: now });

export const dealEdit = (
  fields: DealFields,
  updatedBy: string,
  now: WriteTime,
): DocumentUpdate<Deal> => ({ ...fields, updatedBy, updatedAt: now });
