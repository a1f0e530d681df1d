import type { Deal } from "../deals/dealSchema";
import type { Project } from "./projectSchema";
import type { Stage } from "../workspaces/workspaceSchema";
import { stageKind } from "../workspaces/stageKind";
import { compareTurkish } from "../text/foldTurkish";

type LinkableProject = Pick<Project, "name" | "dealId" | "status"> & { id: string };
type LinkableDeal = Pick<Deal, "title" | "stage" | "projectId"> & { id: string };

// The customer's projects a won deal may take instead of a new one: no deal yet, still going.
export const linkableProjects = <Item extends LinkableProject>(projects: Item[]): Item[] =>
  projects
    .filter(
      (project) =>
        project.dealId === null && project.status !== "completed" && project.status !== "cancelled",
    )
    .sort((left, right) => compareTurkish(left.name, right.name));

// The project a won deal is linked to unless the person chooses otherwise: the customer's only
// linkable project (the brief's "project made by hand first"); with none or several, a new one.
export const defaultProjectLink = (linkable: { id: string }[]): string | null =>
  linkable.length === 1 ? (linkable[0]?.id ?? null) : null;

// The customer's deals a hand-made project may be linked to: no project yet and not lost.
export const linkableDeals = <Item extends LinkableDeal>(deals: Item[], stages: Stage[]): Item[] =>
  deals
    .filter((deal) => deal.projectId === null && stageKind(stages, deal.stage) !== "lost")
    .sort((left, right) => compareTurkish(left.title, right.title));
