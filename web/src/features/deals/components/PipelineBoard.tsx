import { Text } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import {
  formatMoney,
  formatTotals,
  totalsByCurrency,
  type Deal,
  type Locale,
  type Stage,
} from "@pano/domain";
import type { Row } from "@/lib/firebase/subscribe";
import { useLocale } from "@/lib/i18n";
import { BoardColumnHeader, boardCards, SortableBoard } from "@/ui/board";
import { useDealMove } from "../hooks/useDealMove";
import { DealCard } from "./DealCard";
import { MoveDealDialog } from "./MoveDealDialog";

type DealCardRow = Row<Deal> & { column: string };

type PipelineBoardProps = {
  workspaceId: string;
  stages: Stage[];
  deals: Row<Deal>[];
  canWrite: boolean;
  customerName: (customerId: string) => string;
  ownerName: (uid: string) => string;
  dealHref: (dealId: string) => string;
  onAdd: (stageId: string) => void;
  now: Date;
};

const kindColor: Record<Stage["kind"], string> = { open: "gray", won: "teal", lost: "red" };

// A column's totals per currency, short when large, in full on hover.
const StageTotal = ({ deals, locale }: { deals: Deal[]; locale: Locale }) => {
  const totals = totalsByCurrency(deals);
  return (
    <Text size="xs" c="dimmed" data-testid="stage-total" title={formatTotals(totals, locale)}>
      {formatTotals(totals, locale, true)}
    </Text>
  );
};

export const PipelineBoard = ({
  workspaceId,
  stages,
  deals,
  canWrite,
  customerName,
  ownerName,
  dealHref,
  onAdd,
  now,
}: PipelineBoardProps) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const { move, pending } = useDealMove(workspaceId, stages);
  const cards = useMemo<DealCardRow[]>(() => boardCards(deals, (deal) => deal.stage), [deals]);
  const stageName = (id: string) => stages.find((stage) => stage.id === id)?.name ?? "";

  return (
    <>
      <SortableBoard
        columns={stages}
        cards={cards}
        disabled={!canWrite}
        cardLabel={(deal) =>
          [
            deal.title,
            customerName(deal.customerId),
            formatMoney(deal.value, deal.currency, locale),
          ]
            .filter(Boolean)
            .join(", ")
        }
        onMove={(deal, placement) => move(deal, placement)}
        renderHeader={(column, columnDeals) => (
          <BoardColumnHeader
            name={column.name}
            count={columnDeals.length}
            countLabel={t("pipeline.dealCount", { count: columnDeals.length })}
            color={kindColor[stages.find((stage) => stage.id === column.id)?.kind ?? "open"]}
            addLabel={canWrite ? t("pipeline.addToStage", { stage: column.name }) : null}
            onAdd={() => onAdd(column.id)}
          >
            <StageTotal deals={columnDeals} locale={locale} />
          </BoardColumnHeader>
        )}
        renderCard={(deal) => (
          <DealCard
            deal={deal}
            customerName={customerName(deal.customerId)}
            ownerName={ownerName(deal.ownerId)}
            href={dealHref(deal.id)}
            now={now}
            locale={locale}
            ageLabel={t("deals.age")}
          />
        )}
      />
      <MoveDealDialog pending={pending} stageName={stageName} />
    </>
  );
};
