import { z } from "zod";
import { limits } from "../config/limits";
import { storedText, timestampSchema } from "../validation/common";
import { messageWithValues, tooLong } from "../validation/messages";

export const currencies = ["TRY", "USD", "EUR", "GBP"] as const;
export type Currency = (typeof currencies)[number];

export const dealInputSchema = z.object({
  title: storedText()
    .trim()
    .min(1, { error: "validation.required" })
    .max(limits.dealTitle, tooLong(limits.dealTitle)),
  customerId: z.string().min(1, { error: "validation.required" }),
  value: z
    .number({ error: "validation.amountInvalid" })
    .finite({ error: "validation.amountInvalid" })
    .min(0, { error: "validation.valueNegative" })
    .max(limits.dealValueMax, {
      error: messageWithValues("validation.amountTooLarge", { max: limits.dealValueMax }),
    }),
  currency: z.enum(currencies).default("TRY"),
  expectedCloseAt: timestampSchema.nullable().default(null),
  ownerId: z.string().min(1, { error: "validation.required" }),
});
export type DealFields = z.output<typeof dealInputSchema>;

export const lostReasonSchema = storedText()
  .trim()
  .min(1, { error: "deals.lostReasonRequired" })
  .max(limits.lostReason, tooLong(limits.lostReason));

// projectId is set only by the won-deal function; lostReason is kept while the deal is lost.
// linkProjectId asks that function to link the deal to an existing project of its customer
// instead of creating one; deals written before it existed lack it, hence the default.
export const dealSchema = dealInputSchema.extend({
  stage: z.string(),
  rank: z.string(),
  lostReason: z.string().nullable(),
  projectId: z.string().nullable(),
  linkProjectId: z.string().nullable().default(null),
  // When the deal last entered a won or lost stage from another kind of stage (null while it is
  // open): written with the move, so the reports count it in the month it closed whatever order
  // the functions see its events in; documents written before it lack it.
  closedAt: timestampSchema.nullable().default(null),
  createdBy: z.string(),
  createdAt: timestampSchema,
  // Who made the last write (the rules hold a client to its own uid), so a function can tell a
  // handover from taking a deal yourself; documents written before it lack it.
  updatedBy: z.string().nullable().default(null),
  updatedAt: timestampSchema,
});
export type Deal = z.infer<typeof dealSchema>;
