import { z } from "zod";
import { timestampSchema } from "../validation/common";

export const activityTypes = ["deal_won", "deal_linked"] as const;
export type ActivityType = (typeof activityTypes)[number];

// The workspace's record of what happened, written by functions only.
export const activitySchema = z.object({
  type: z.enum(activityTypes),
  actorId: z.string(),
  dealId: z.string(),
  projectId: z.string(),
  createdAt: timestampSchema,
});
export type Activity = z.infer<typeof activitySchema>;
