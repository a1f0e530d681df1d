import { compareTurkish } from "../text/foldTurkish";
import type { ReportInput } from "./buildReport";
import {
  addCounts,
  addTally,
  amountsOf,
  emptyTally,
  nonZero,
  rateOf,
  type CurrencyAmount,
} from "./reportFigures";
import { monthsBetween } from "./istanbulPeriods";
import type { Tally } from "./statsSchema";

export type OwnerRow = {
  ownerId: string;
  wonCount: number;
  wonValue: CurrencyAmount[];
  lostCount: number;
  winRate: number | null;
};

export type ReportTables = {
  owners: OwnerRow[];
  lostReasons: { reason: string; count: number }[];
  interactionsByMember: { memberId: string; count: number }[];
  customersByMonth: { month: string; customers: number; interactions: number }[];
};

const sumByKey = (maps: Record<string, Tally>[]) => {
  const sums = new Map<string, Tally>();
  for (const map of maps)
    for (const [key, tally] of Object.entries(map))
      sums.set(key, addTally(sums.get(key) ?? emptyTally(), tally));
  return sums;
};

export const reportTables = ({ months, range, ownerId, nameOf }: ReportInput): ReportTables => {
  const won = sumByKey(months.map((month) => month.won.byOwner));
  const lost = sumByKey(months.map((month) => month.lost.byOwner));
  const owners = [...new Set([...won.keys(), ...lost.keys()])]
    .filter((id) => ownerId === null || id === ownerId)
    .map((id) => {
      const wonTally = won.get(id) ?? emptyTally();
      const lostCount = lost.get(id)?.count ?? 0;
      return {
        ownerId: id,
        wonCount: wonTally.count,
        wonValue: amountsOf(wonTally.value),
        lostCount,
        winRate: rateOf(wonTally.count, wonTally.count + lostCount),
      };
    })
    .filter((row) => row.wonCount + row.lostCount > 0)
    .sort(
      (left, right) =>
        right.wonCount - left.wonCount ||
        right.lostCount - left.lostCount ||
        compareTurkish(nameOf(left.ownerId), nameOf(right.ownerId)),
    );

  const reasons = months.reduce(
    (sum, month) => addCounts(sum, month.lost.reasons),
    {} as Record<string, number>,
  );
  const lostReasons = nonZero(reasons)
    .sort(
      ([leftReason, left], [rightReason, right]) =>
        right - left || compareTurkish(leftReason, rightReason),
    )
    .map(([reason, count]) => ({ reason, count }));

  const byMember = months.reduce(
    (sum, month) => addCounts(sum, month.interactions.byMember),
    {} as Record<string, number>,
  );
  const interactionsByMember = nonZero(byMember)
    .sort(
      ([leftId, left], [rightId, right]) =>
        right - left || compareTurkish(nameOf(leftId), nameOf(rightId)),
    )
    .map(([memberId, count]) => ({ memberId, count }));

  const monthByKey = new Map(months.map((month) => [month.month, month]));
  const customersByMonth = monthsBetween(range.from, range.to).map((key) => {
    const month = monthByKey.get(key);
    return {
      month: key,
      customers: month ? nonZero(month.interactions.customers).length : 0,
      interactions: month ? month.interactions.count : 0,
    };
  });

  return { owners, lostReasons, interactionsByMember, customersByMonth };
};
