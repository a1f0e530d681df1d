import { z } from "zod";
import { limits } from "../config/limits";
import { storedText, timestampSchema } from "../validation/common";
import { tooLong } from "../validation/messages";

export const stageKinds = ["open", "won", "lost"] as const;

export const stageSchema = z.object({
  id: z.string().regex(/^[a-z0-9_]{1,40}$/),
  name: storedText().trim().min(1).max(limits.stageName),
  kind: z.enum(stageKinds),
});
export type Stage = z.infer<typeof stageSchema>;

export const workspaceNameSchema = storedText()
  .trim()
  .min(1, { error: "validation.required" })
  .max(limits.workspaceName, tooLong(limits.workspaceName));

export const workspaceSchema = z.object({
  name: workspaceNameSchema,
  createdBy: z.string(),
  createdAt: timestampSchema,
  stages: z.array(stageSchema).min(1).max(limits.stages),
  stageIds: z.array(z.string()),
});
export type Workspace = z.infer<typeof workspaceSchema>;

// Rules cannot look inside a list of maps, so the ids ride alongside for "is this a stage here?".
export const stageFields = (stages: Stage[]) => ({
  stages,
  stageIds: stages.map((stage) => stage.id),
});
