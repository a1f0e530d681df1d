import { z } from "zod";
import { currencies } from "../deals/dealSchema";
import { interactionTypes } from "../interactions/interactionSchema";
import { projectStatuses } from "../projects/projectSchema";
import { timestampSchema } from "../validation/common";

// Report aggregates, kept by functions under workspaces/{ws}/stats and read by the Reports page.
// Periods are calendar periods in Istanbul: a month is "2026-11", a week is named by its Monday,
// "2026-11-23". Maps are keyed by ids; a person's key is their uid, a missing person is `noOne`.
// Every count and sum is a plain number that functions change with increments, so a key may be
// present with 0 after its last item left: readers treat 0 like absent.

export const noOne = "_none";

// Amounts per currency, never added across currencies.
export const moneyByCurrencySchema = z.partialRecord(z.enum(currencies), z.number());
export type MoneyByCurrency = z.infer<typeof moneyByCurrencySchema>;

export const tallySchema = z.object({
  count: z.number().default(0),
  value: moneyByCurrencySchema.default({}),
  // Won deals also count per currency, so the average won deal is known in each currency.
  countByCurrency: moneyByCurrencySchema.optional(),
});
export type Tally = z.infer<typeof tallySchema>;

const countsSchema = z.record(z.string(), z.number());

// stats/pipeline: the state now, whatever the period.
export const pipelineStatsSchema = z.object({
  // Open deals per stage id (names come from the workspace, so renames cost nothing).
  openByStage: z.record(z.string(), tallySchema).default({}),
  projectsByStatus: z.partialRecord(z.enum(projectStatuses), z.number()).default({}),
  // Open tasks per assignee, and how many fall due on each Istanbul day (`noOne`: no deadline),
  // so "overdue" is the sum of the days before today: no read of a task, and right at any hour.
  openTasksByAssignee: z
    .record(
      z.string(),
      z.object({ count: z.number().default(0), dueByDay: countsSchema.default({}) }),
    )
    .default({}),
  updatedAt: timestampSchema.optional(),
});
export type PipelineStats = z.infer<typeof pipelineStatsSchema>;

const closedSchema = tallySchema.extend({
  byOwner: z.record(z.string(), tallySchema).default({}),
});

// stats/month-YYYY-MM: what happened in one month.
export const monthStatsSchema = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/),
  // Deals that entered a won stage this month; cycleDays sums creation → won, for the average.
  won: closedSchema.extend({ cycleDays: z.number().default(0) }).default({
    count: 0,
    value: {},
    byOwner: {},
    cycleDays: 0,
  }),
  lost: closedSchema
    .extend({ reasons: countsSchema.default({}) })
    .default({ count: 0, value: {}, byOwner: {}, reasons: {} }),
  interactions: z
    .object({
      count: z.number().default(0),
      byType: z.partialRecord(z.enum(interactionTypes), z.number()).default({}),
      byMember: countsSchema.default({}),
      // Week (its Monday) → type → count; a week that spans two months is split between them.
      byWeek: z
        .record(z.string(), z.partialRecord(z.enum(interactionTypes), z.number()))
        .default({}),
      // Interactions per customer: the customers contacted are the keys above 0.
      customers: countsSchema.default({}),
    })
    .default({ count: 0, byType: {}, byMember: {}, byWeek: {}, customers: {} }),
  tasks: z
    .object({
      completed: z.number().default(0),
      completedByWeek: countsSchema.default({}),
      completedByAssignee: countsSchema.default({}),
    })
    .default({ completed: 0, completedByWeek: {}, completedByAssignee: {} }),
  updatedAt: timestampSchema.optional(),
});
export type MonthStats = z.infer<typeof monthStatsSchema>;

export const pipelineStatsId = "pipeline";
export const monthStatsId = (month: string) => `month-${month}`;
