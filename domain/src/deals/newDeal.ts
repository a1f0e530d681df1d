import type { DocumentUpdate, DocumentWrite, WriteTime } from "../documents/documentWrite";
import { closedAtWrite, type ClosingChange } from "./dealClosing";
import type { Deal, DealFields } from "./dealSchema";

// Where a deal sits on the pipeline, and why it was lost while it sits in a lost stage.
export type DealPlacement = { stage: string; rank: string; lostReason: string | null };

// projectId is the won-deal function's to set; linkProjectId is asked for later, on a move. A
// deal created in a won or lost stage closed when it was created.
export const newDeal = (
  fields: DealFields,
  placement: DealPlacement,
  closing: ClosingChange,
  createdBy: string,
  now: WriteTime,
): DocumentWrite<Deal> => ({
  ...fields,
  ...placement,
  projectId: null,
  linkProjectId: null,
  closedAt: closedAtWrite(closing, now) ?? null,
  createdBy,
  createdAt: now,
  updatedBy: createdBy,
  updatedAt: now,
});

// What a deal with no project asks the won-deal function for: a project of its customer to link
// or null for a project of its own.
export type ProjectRequest = { linkProjectId: string | null };

// A move is one write: the new stage and rank, its closing time when it closes or reopens the
// deal, and on entering a won stage the project choice.
export const dealMove = (
  placement: DealPlacement,
  closing: ClosingChange,
  updatedBy: string,
  now: WriteTime,
  projectRequest?: ProjectRequest,
): DocumentUpdate<Deal> => {
  const closedAt = closedAtWrite(closing, now);
  return {
    ...placement,
    ...(closedAt === undefined ? {} : { closedAt }),
    ...projectRequest,
    updatedBy,
    updatedAt: now,
  };
};

// An edit writes only the fields the person changed, so it puts back nobody else's change.
export const dealEdit = (
  changes: Partial<DealFields>,
  updatedBy: string,
  now: WriteTime,
): DocumentUpdate<Deal> => ({ ...changes, updatedBy, updatedAt: now });
