import type { ReportInput } from "./buildReport";
import {
  addTally,
  amountsOf,
  averageDeal,
  emptyTally,
  rateOf,
  type AverageDeal,
  type CurrencyAmount,
} from "./reportFigures";
import type { MonthStats, Tally } from "./statsSchema";

export type ReportSummary = {
  openPipeline: { count: number; value: CurrencyAmount[] };
  won: { count: number; value: CurrencyAmount[] };
  lostCount: number;
  // won / (won + lost) in the period, null when nothing closed.
  winRate: number | null;
  averageWon: AverageDeal;
  // Creation → won, over every won deal of the period (the stats do not split it by owner).
  averageCycleDays: number | null;
};

// Won or lost deals of a month, the whole team's or one owner's.
export const closedTally = (
  closed: MonthStats["won"] | MonthStats["lost"],
  ownerId: string | null,
): Tally | undefined => (ownerId === null ? closed : closed.byOwner[ownerId]);

export const reportSummary = ({ pipeline, months, ownerId }: ReportInput): ReportSummary => {
  const open = Object.values(pipeline?.openByStage ?? {}).reduce(addTally, emptyTally());
  const won = months.reduce(
    (sum, month) => addTally(sum, closedTally(month.won, ownerId)),
    emptyTally(),
  );
  const lostCount = months.reduce(
    (sum, month) => sum + (closedTally(month.lost, ownerId)?.count ?? 0),
    0,
  );
  const allWon = months.reduce((sum, month) => sum + month.won.count, 0);
  const cycleDays = months.reduce((sum, month) => sum + month.won.cycleDays, 0);
  return {
    openPipeline: { count: open.count, value: amountsOf(open.value) },
    won: { count: won.count, value: amountsOf(won.value) },
    lostCount,
    winRate: rateOf(won.count, won.count + lostCount),
    averageWon: averageDeal(won),
    averageCycleDays: allWon === 0 ? null : cycleDays / allWon,
  };
};
