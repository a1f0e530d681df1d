import {
  dealSchema,
  interactionSchema,
  paths,
  projectSchema,
  taskSchema,
  type StatsEntryKind,
} from "@pano/domain";

// The fields of each entity that the stats count, and its version.
export const reportedDeal = dealSchema.pick({
  stage: true,
  value: true,
  currency: true,
  ownerId: true,
  lostReason: true,
  closedAt: true,
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

export const reportedSchemas = {
  deal: reportedDeal,
  interaction: reportedInteraction,
  task: reportedTask,
  project: reportedProject,
} as const;

// Where each kind of entity is stored.
export const entityCollections = {
  deal: paths.deals,
  interaction: paths.interactions,
  task: paths.tasks,
  project: paths.projects,
} satisfies Record<StatsEntryKind, (workspaceId: string) => string>;

export const entityDocuments = {
  deal: paths.deal,
  interaction: paths.interaction,
  task: paths.task,
  project: paths.project,
} satisfies Record<StatsEntryKind, unknown>;
