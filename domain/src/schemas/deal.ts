import { z } from "zod";
import { timestampSchema } from "./common";

export const currencies = ["TRY", "USD", "EUR", "GBP"] as const;

export const dealInputSchema = z.object({
  title: z
    .string()
    .trim()
    .min(1, { error: "validation.required" })
    .max(200, { error: "validation.tooLong" }),
  customerId: z.string().min(1, { error: "validation.required" }),
  value: z
    .number({ error: "validation.numberInvalid" })
    .finite({ error: "validation.numberInvalid" })
    .min(0, { error: "validation.valueNegative" }),
  currency: z.enum(currencies).default("TRY"),
  expectedCloseAt: timestampSchema.nullable().default(null),
  ownerId: z.string().min(1, { error: "validation.required" }),
});
export type DealFields = z.output<typeof dealInputSchema>;

// projectId is set only by the won-deal function.
export const dealSchema = dealInputSchema.extend({
  stage: z.string(),
  rank: z.string(),
  projectId: z.string().nullable(),
  createdBy: z.string(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Deal = z.infer<typeof dealSchema>;
