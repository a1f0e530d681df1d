import { useState } from "react";
import { closingChange, stageKind, type Deal, type Placement, type Stage } from "@pano/domain";

import type { Row } from "@/lib/firebase/subscribe";
import { notifyMoveRejected, type MoveOutcome } from "@/ui/board";
import { moveDeal, type ProjectRequest } from "../data/dealsData";

// What the dialog adds to a move: the reason a deal was lost, or the project a won deal asks for
// (absent when the deal already has its project).
export type MoveDetails = { lostReason: string | null; projectRequest?: ProjectRequest };

export type PendingMove = {
  deal: Row<Deal>;
  placement: Placement;
  kind: "won" | "lost";
  settle: (details: MoveDetails) => void;
  cancel: () => void;
};

// Moving into a won stage asks for confirmation and the deal's project, into a lost stage for a
// reason; every other move is written at once. A refused write is reported and the card returns
// to where it was.
export const useDealMove = (workspaceId: string, stages: Stage[]) => {
  const [pending, setPending] = useState<PendingMove | null>(null);

  const write = async (deal: Row<Deal>, placement: Placement, details: MoveDetails) => {
    try {
      await moveDeal(
        workspaceId,
        deal.id,
        { stage: placement.column, rank: placement.rank, lostReason: details.lostReason },
        closingChange(stages, deal.stage, placement.column),
        details.projectRequest,
      );
      return "moved" as const;
    } catch (error) {
      notifyMoveRejected(deal.title, error);
      throw error;
    }
  };

  const move = (deal: Row<Deal>, placement: Placement): Promise<MoveOutcome> => {
    const kind = stageKind(stages, placement.column);
    const entering = placement.column !== deal.stage;
    if (!entering || (kind !== "won" && kind !== "lost"))
      return write(deal, placement, { lostReason: kind === "lost" ? deal.lostReason : null });
    return new Promise<MoveOutcome>((resolve, reject) => {
      setPending({
        deal,
        placement,
        kind,
        settle: (details) => {
          setPending(null);
          write(deal, placement, details).then(resolve, reject);
        },
        cancel: () => {
          setPending(null);
          resolve("cancelled");
        },
      });
    });
  };

  return { move, pending };
};
