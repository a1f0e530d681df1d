import type { WriteTime } from "../documents/documentWrite";
import { stageKind } from "../workspaces/stageKind";
import type { Stage } from "../workspaces/workspaceSchema";

// What a placement does to a deal's closing time: entering a won or lost stage from another kind
// of stage closes it, entering an open stage reopens it, anything else (a move within won, a new
// rank in the same stage) keeps the time it has.
export type ClosingChange = "closes" | "reopens" | "keeps";

const isClosed = (kind: Stage["kind"] | undefined) => kind === "won" || kind === "lost";

// `fromStage` is undefined for a new deal.
export const closingChange = (
  stages: Stage[],
  fromStage: string | undefined,
  toStage: string,
): ClosingChange => {
  const from = fromStage === undefined ? undefined : stageKind(stages, fromStage);
  const to = stageKind(stages, toStage);
  if (isClosed(to)) return from === to ? "keeps" : "closes";
  return isClosed(from) || fromStage === undefined ? "reopens" : "keeps";
};

// The closedAt a write carries: its own time, null, or nothing (the stored one stays).
export const closedAtWrite = (
  change: ClosingChange,
  now: WriteTime,
): WriteTime | null | undefined =>
  change === "closes" ? now : change === "reopens" ? null : undefined;
