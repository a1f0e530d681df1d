import { Modal } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PendingMove } from "../hooks/useDealMove";
import { LostDealForm } from "./LostDealForm";
import { WonDealForm } from "./WonDealForm";

type MoveDealDialogProps = { pending: PendingMove | null; stageName: (stageId: string) => string };

// Winning a deal gives it a project, so it is confirmed with the choice of which; losing one
// asks why, for the reports. Each form mounts per move, so nothing typed leaks into the next.
export const MoveDealDialog = ({ pending, stageName }: MoveDealDialogProps) => {
  const { t } = useTranslation();
  const title = pending
    ? t(pending.kind === "won" ? "deals.confirmWonTitle" : "deals.lostTitle", {
        stage: stageName(pending.placement.column),
      })
    : "";

  return (
    <Modal opened={pending !== null} onClose={() => pending?.cancel()} title={title}>
      {pending?.kind === "won" && <WonDealForm pending={pending} title={title} />}
      {pending?.kind === "lost" && <LostDealForm pending={pending} title={title} />}
    </Modal>
  );
};
