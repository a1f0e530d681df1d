import type { Stage } from "../workspaces/workspaceSchema";
import { stageKind } from "../workspaces/stageKind";
import {
  dealContribution,
  interactionContribution,
  projectContribution,
  taskContribution,
  type CountedDeal,
  type CountedInteraction,
  type CountedProject,
  type CountedTask,
} from "./contributions";
import { applyIncrements, type StatsDocs } from "./statsIncrements";

export type ReportData = {
  stages: Stage[];
  // A deal with the time it entered its won or lost stage (null while open).
  deals: { deal: CountedDeal; closedAt: Date | null }[];
  interactions: CountedInteraction[];
  tasks: CountedTask[];
  projects: CountedProject[];
};

// Every stats document from scratch: what the kept aggregates must equal.
export const recomputeStats = (data: ReportData): StatsDocs =>
  applyIncrements({}, [
    ...data.deals.flatMap(({ deal, closedAt }) =>
      dealContribution(deal, stageKind(data.stages, deal.stage), closedAt),
    ),
    ...data.interactions.flatMap(interactionContribution),
    ...data.tasks.flatMap(taskContribution),
    ...data.projects.flatMap(projectContribution),
  ]);
