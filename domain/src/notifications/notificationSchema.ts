import { z } from "zod";
import { timestampSchema } from "../validation/common";

export const notificationSchema = z.object({
  workspaceId: z.string(),
  type: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string(),
  read: z.boolean(),
  createdAt: timestampSchema,
});
export type AppNotification = z.infer<typeof notificationSchema>;
