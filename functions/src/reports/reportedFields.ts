import { dealSchema, interactionSchema, projectSchema, taskSchema } from "@pano/domain";

// The fields of each entity that the stats count, and its version.
export const reportedDeal = dealSchema.pick({
  stage: true,
  value: true,
  currency: true,
  ownerId: true,
  lostReason: true,
  createdAt: true,
  updatedAt: true,
});
export const reportedInteraction = interactionSchema.pick({
  type: true,
  occurredAt: true,
  createdBy: true,
  customerId: true,
  updatedAt: true,
});
export const reportedTask = taskSchema.pick({
  assigneeId: true,
  dueAt: true,
  completedAt: true,
  updatedAt: true,
});
export const reportedProject = projectSchema.pick({ status: true, updatedAt: true });
