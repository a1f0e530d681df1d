import type { NotificationType } from "./notificationSchema";

// How the settings group the types, each group under one heading.
export const notificationGroups = {
  reminders: ["task_due_soon", "task_overdue", "follow_up_due"],
  assignments: ["task_assigned", "customer_assigned", "deal_assigned"],
  deals: ["deal_won", "deal_linked"],
  invitations: ["workspace_invite"],
} as const satisfies Record<string, readonly NotificationType[]>;

export type NotificationGroup = keyof typeof notificationGroups;
