import { z } from "zod";
import { currencies } from "../deals/dealSchema";
import { timestampSchema } from "../validation/common";

// What a notification is about. The stored document keeps the type and its parameters, never a
// sentence: the inbox renders it in the reader's current language, a push in the recipient's.
const text = z.string();

export const notificationContentSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("task_due_soon"),
    params: z.object({ taskTitle: text, dueAt: timestampSchema, dateOnly: z.boolean() }),
  }),
  z.object({
    type: z.literal("task_overdue"),
    params: z.object({ taskTitle: text, dueAt: timestampSchema, dateOnly: z.boolean() }),
  }),
  z.object({
    type: z.literal("follow_up_due"),
    params: z.object({ customerName: text, subject: text, followUpAt: timestampSchema }),
  }),
  z.object({
    type: z.literal("task_assigned"),
    params: z.object({ taskTitle: text, actorName: text, dueAt: timestampSchema.nullable() }),
  }),
  z.object({
    type: z.literal("customer_assigned"),
    params: z.object({ customerName: text, actorName: text }),
  }),
  z.object({
    type: z.literal("deal_assigned"),
    params: z.object({
      dealTitle: text,
      actorName: text,
      value: z.number(),
      currency: z.enum(currencies),
    }),
  }),
  z.object({
    type: z.literal("deal_won"),
    params: z.object({ dealTitle: text, projectName: text, linked: z.boolean() }),
  }),
  z.object({
    type: z.literal("deal_linked"),
    params: z.object({ dealTitle: text, projectName: text }),
  }),
  z.object({
    type: z.literal("workspace_invite"),
    params: z.object({ workspaceName: text, actorName: text }),
  }),
]);
export type NotificationContent = z.infer<typeof notificationContentSchema>;
export type NotificationType = NotificationContent["type"];

export const notificationTypes = [
  "task_due_soon",
  "task_overdue",
  "follow_up_due",
  "task_assigned",
  "customer_assigned",
  "deal_assigned",
  "deal_won",
  "deal_linked",
  "workspace_invite",
] as const satisfies readonly NotificationType[];

// inbox: shown in the bell (the recipient may turn a type off in the inbox and keep its push).
// pushAt: when the push is due (later than createdAt during the recipient's quiet hours), null
// once it was sent or when no push is wanted. expireAt: a TTL policy deletes old notifications.
export const notificationSchema = z.intersection(
  notificationContentSchema,
  z.object({
    workspaceId: z.string(),
    link: z.string(),
    inbox: z.boolean(),
    read: z.boolean(),
    pushAt: timestampSchema.nullable(),
    createdAt: timestampSchema,
    expireAt: timestampSchema,
  }),
);
export type AppNotification = z.infer<typeof notificationSchema>;
