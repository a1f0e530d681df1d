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

export const rebuildReportsRequestSchema = z.object({
  workspaceId: z.string().min(1).max(128),
});
export type RebuildReportsRequest = z.infer<typeof rebuildReportsRequestSchema>;
