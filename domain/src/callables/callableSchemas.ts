import { z } from "zod";

export const respondToInviteRequestSchema = z.object({
  workspaceId: z.string().min(1).max(128),
  accept: z.boolean(),
});
export type RespondToInviteRequest = z.infer<typeof respondToInviteRequestSchema>;

export const transferOwnershipRequestSchema = z.object({
  workspaceId: z.string().min(1).max(128),
  newOwnerId: z.string().min(1).max(128),
});
export type TransferOwnershipRequest = z.infer<typeof transferOwnershipRequestSchema>;

export const recountProjectRequestSchema = z.object({
  workspaceId: z.string().min(1),
  projectId: z.string().min(1),
});
export type RecountProjectRequest = z.infer<typeof recountProjectRequestSchema>;

// The rebuild goes through the entities in steps (deals, interactions, tasks, projects, entries of
// deleted entities, then the totals), each in pages in id order; a call that runs out of time
// returns where it stopped and the caller calls again from there.
export const rebuildSteps = [
  "deal",
  "interaction",
  "task",
  "project",
  "deleted",
  "totals",
] as const;
export type RebuildStep = (typeof rebuildSteps)[number];

export const rebuildCursorSchema = z.object({
  step: z.enum(rebuildSteps),
  // The last document id done in this step (null: from the start).
  after: z.string().min(1).max(1500).nullable(),
});
export type RebuildCursor = z.infer<typeof rebuildCursorSchema>;

export const rebuildReportsRequestSchema = z.object({
  workspaceId: z.string().min(1).max(128),
  resume: rebuildCursorSchema.nullable().default(null),
  // At most this many pages in this call (tests and progress); time bounds a call in any case.
  pageLimit: z.number().int().min(1).max(100_000).optional(),
});
export type RebuildReportsRequest = z.input<typeof rebuildReportsRequestSchema>;

// One call's work: the documents it read, its time, and where to go on (null: done).
export type RebuildReportsResult = {
  documentsRead: number;
  ms: number;
  resume: RebuildCursor | null;
};
