import type { Deal } from "../deals/dealSchema";
import type { Interaction } from "../interactions/interactionSchema";
import type { Project } from "../projects/projectSchema";
import type { Task } from "../tasks/taskSchema";
import type { Stage } from "../workspaces/workspaceSchema";
import { istanbulDayKey, istanbulMonthKey, istanbulWeekKey } from "./istanbulPeriods";
import type { Increment } from "./statsIncrements";
import { monthStatsId, noOne, pipelineStatsId } from "./statsSchema";

// What one deal, interaction, task or project adds to the stats documents. A function keeps, per
// entity, what it added last, and applies the difference when the entity changes.

const dayMs = 24 * 60 * 60 * 1000;

// Firestore reserves field names of the form __name__, and a field name is at most 1,500 bytes:
// a lost reason is kept as its first 300 characters, and a reserved-looking one gets a space.
export const lostReasonKey = (reason: string | null) => {
  const key = Array.from(reason?.trim() || noOne)
    .slice(0, 300)
    .join("");
  return /^__.*__$/.test(key) ? ` ${key}` : key;
};

export type CountedDeal = Pick<
  Deal,
  "stage" | "value" | "currency" | "ownerId" | "lostReason" | "createdAt"
>;

const one = (doc: string, path: string[], amount = 1): Increment => ({ doc, path, amount });

// An open deal counts in the pipeline under its stage; a closed one in the month it closed,
// won or lost, with its owner; a won one adds its days from creation to won (fractional, for an
// exact average); a lost one its reason. A deal on a stage the workspace no longer has counts
// nowhere.
export const dealContribution = (
  deal: CountedDeal,
  stageKind: Stage["kind"] | undefined,
  closedAt: Date | null,
): Increment[] => {
  const { stage, value, currency, ownerId } = deal;
  if (stageKind === "open")
    return [
      one(pipelineStatsId, ["openByStage", stage, "count"]),
      one(pipelineStatsId, ["openByStage", stage, "value", currency], value),
    ];
  if (!stageKind || !closedAt) return [];
  const doc = monthStatsId(istanbulMonthKey(closedAt));
  const closed = [
    one(doc, [stageKind, "count"]),
    one(doc, [stageKind, "value", currency], value),
    one(doc, [stageKind, "byOwner", ownerId, "count"]),
    one(doc, [stageKind, "byOwner", ownerId, "value", currency], value),
  ];
  return stageKind === "won"
    ? [
        ...closed,
        one(doc, ["won", "countByCurrency", currency]),
        one(doc, ["won", "byOwner", ownerId, "countByCurrency", currency]),
        one(doc, ["won", "cycleDays"], (closedAt.getTime() - deal.createdAt.getTime()) / dayMs),
      ]
    : [...closed, one(doc, ["lost", "reasons", lostReasonKey(deal.lostReason)])];
};

export type CountedInteraction = Pick<
  Interaction,
  "type" | "occurredAt" | "createdBy" | "customerId"
>;

// An interaction counts in the month (and the week) it happened.
export const interactionContribution = (interaction: CountedInteraction): Increment[] => {
  const { type, occurredAt, createdBy, customerId } = interaction;
  const doc = monthStatsId(istanbulMonthKey(occurredAt));
  return [
    one(doc, ["interactions", "count"]),
    one(doc, ["interactions", "byType", type]),
    one(doc, ["interactions", "byMember", createdBy]),
    one(doc, ["interactions", "byWeek", istanbulWeekKey(occurredAt), type]),
    one(doc, ["interactions", "customers", customerId]),
  ];
};

export type CountedTask = Pick<Task, "assigneeId" | "dueAt" | "completedAt">;

// A task is done when completedAt is set (a ticked to-do, or a project task in a done column:
// moves stamp and clear it); it counts in the month it was done. An open one counts in the
// pipeline under its assignee and its Istanbul due day.
export const taskContribution = (task: CountedTask): Increment[] => {
  const assignee = task.assigneeId ?? noOne;
  if (task.completedAt) {
    const doc = monthStatsId(istanbulMonthKey(task.completedAt));
    return [
      one(doc, ["tasks", "completed"]),
      one(doc, ["tasks", "completedByWeek", istanbulWeekKey(task.completedAt)]),
      one(doc, ["tasks", "completedByAssignee", assignee]),
    ];
  }
  return [
    one(pipelineStatsId, ["openTasksByAssignee", assignee, "count"]),
    one(pipelineStatsId, [
      "openTasksByAssignee",
      assignee,
      "dueByDay",
      task.dueAt ? istanbulDayKey(task.dueAt) : noOne,
    ]),
  ];
};

export type CountedProject = Pick<Project, "status">;

export const projectContribution = (project: CountedProject): Increment[] => [
  one(pipelineStatsId, ["projectsByStatus", project.status]),
];
