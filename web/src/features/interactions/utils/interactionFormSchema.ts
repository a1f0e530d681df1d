import { z } from "zod";
import { interactionInputSchema, interactionTypes, type InteractionInput } from "@pano/domain";
import { fromDateTimeInput } from "@/lib/dateTimeInput";

// An unparseable input becomes an invalid Date, which the domain schema reports.
const dateOrInvalid = (value: string) => fromDateTimeInput(value) ?? new Date(Number.NaN);

// The composer's raw values (strings from the inputs) mapped onto the domain schema.
export const interactionFormSchema = z
  .object({
    type: z.enum(interactionTypes),
    subject: z.string(),
    body: z.string(),
    occurredAt: z.string(),
    durationMinutes: z.union([z.number(), z.literal("")]),
    followUpAt: z.string(),
  })
  .transform((values): InteractionInput => ({
    ...values,
    occurredAt: dateOrInvalid(values.occurredAt),
    durationMinutes: values.durationMinutes === "" ? null : values.durationMinutes,
    followUpAt: values.followUpAt === "" ? null : dateOrInvalid(values.followUpAt),
  }))
  .pipe(interactionInputSchema);

export type InteractionFormValues = z.input<typeof interactionFormSchema>;
