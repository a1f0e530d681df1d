import { compareTurkish } from "../text/foldTurkish";
import { interactionTypes, type InteractionType } from "../interactions/interactionSchema";
import type { ReportInput } from "./buildReport";
import { closedTally } from "./reportSummary";
import {
  addCounts,
  addTally,
  amountsOf,
  emptyTally,
  nonZero,
  type CurrencyAmount,
} from "./reportFigures";
import { monthsBetween } from "./istanbulPeriods";
import { noOne } from "./statsSchema";

export type StageBar = {
  // A stage of the workspace, or null for every stage that no longer exists, grouped.
  stageId: string | null;
  name: string;
  count: number;
  value: CurrencyAmount[];
};

export type ReportSeries = {
  pipelineByStage: StageBar[];
  wonLostByMonth: { month: string; won: number; lost: number }[];
  interactionsByWeek: ({ week: string } & Record<InteractionType, number>)[];
  tasksCompletedByWeek: { week: string; completed: number }[];
  // Completed in the period and overdue now, per assignee (noOne: tasks without one).
  tasksByAssignee: { assigneeId: string; completed: number; overdue: number }[];
};

const pipelineByStage = ({ pipeline, stages }: ReportInput): StageBar[] => {
  const openByStage = pipeline?.openByStage ?? {};
  const known = new Set(stages.map((stage) => stage.id));
  const bars = stages
    .filter((stage) => stage.kind === "open" || (openByStage[stage.id]?.count ?? 0) > 0)
    .map((stage) => {
      const tally = openByStage[stage.id] ?? emptyTally();
      return {
        stageId: stage.id,
        name: stage.name,
        count: tally.count,
        value: amountsOf(tally.value),
      };
    });
  const removed = Object.entries(openByStage)
    .filter(([stageId]) => !known.has(stageId))
    .reduce((sum, [, tally]) => addTally(sum, tally), emptyTally());
  return removed.count === 0
    ? bars
    : [...bars, { stageId: null, name: "", count: removed.count, value: amountsOf(removed.value) }];
};

const byWeek = (weeks: [string, number][]) =>
  weeks.sort(([left], [right]) => left.localeCompare(right));

export const reportSeries = (input: ReportInput): ReportSeries => {
  const { months, range, ownerId, today, nameOf, pipeline } = input;
  const monthByKey = new Map(months.map((month) => [month.month, month]));
  const wonLostByMonth = monthsBetween(range.from, range.to).map((key) => {
    const month = monthByKey.get(key);
    return {
      month: key,
      won: month ? (closedTally(month.won, ownerId)?.count ?? 0) : 0,
      lost: month ? (closedTally(month.lost, ownerId)?.count ?? 0) : 0,
    };
  });

  const weeks = new Map<string, Record<InteractionType, number>>();
  for (const month of months)
    for (const [week, types] of Object.entries(month.interactions.byWeek)) {
      const sum = weeks.get(week) ?? { email: 0, call: 0, note: 0, meeting: 0 };
      for (const type of interactionTypes) sum[type] += types[type] ?? 0;
      weeks.set(week, sum);
    }
  const interactionsByWeek = [...weeks.entries()]
    .filter(([, types]) => interactionTypes.some((type) => types[type] > 0))
    .sort(([left], [right]) => left.localeCompare(right))
    .map(([week, types]) => ({ week, ...types }));

  const completedByWeek = months.reduce(
    (sum, month) => addCounts(sum, month.tasks.completedByWeek),
    {} as Record<string, number>,
  );
  const completedByAssignee = months.reduce(
    (sum, month) => addCounts(sum, month.tasks.completedByAssignee),
    {} as Record<string, number>,
  );
  const overdue = Object.fromEntries(
    Object.entries(pipeline?.openTasksByAssignee ?? {}).map(([assigneeId, open]) => [
      assigneeId,
      nonZero(open.dueByDay)
        .filter(([day]) => day !== noOne && day < today)
        .reduce((sum, [, count]) => sum + count, 0),
    ]),
  );
  const assignees = new Set(
    [...nonZero(completedByAssignee), ...nonZero(overdue)].map(([id]) => id),
  );
  const tasksByAssignee = [...assignees]
    .map((assigneeId) => ({
      assigneeId,
      completed: completedByAssignee[assigneeId] ?? 0,
      overdue: overdue[assigneeId] ?? 0,
    }))
    .sort(
      (left, right) =>
        Number(left.assigneeId === noOne) - Number(right.assigneeId === noOne) ||
        compareTurkish(nameOf(left.assigneeId), nameOf(right.assigneeId)),
    );

  return {
    pipelineByStage: pipelineByStage(input),
    wonLostByMonth,
    interactionsByWeek,
    tasksCompletedByWeek: byWeek(nonZero(completedByWeek)).map(([week, completed]) => ({
      week,
      completed,
    })),
    tasksByAssignee,
  };
};
