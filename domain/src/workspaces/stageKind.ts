import type { Stage } from "./workspaceSchema";

export const stageKind = (stages: Stage[], stageId: string): Stage["kind"] | undefined =>
  stages.find((stage) => stage.id === stageId)?.kind;

export const isWonStage = (stages: Stage[], stageId: string) =>
  stageKind(stages, stageId) === "won";

// One project per deal, whatever happens: its id is derived from the deal's.
export const wonDealProjectId = (dealId: string) => `deal-${dealId}`;
