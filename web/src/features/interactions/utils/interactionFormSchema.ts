import { z } from "zod";
import { interactionInputSchema, interactionTypes, type InteractionInput } from "@pano/domain";

// The composer's raw values mapped onto the domain schema; a cleared moment is reported there.
export const interactionFormSchema = z
  .object({
    type: z.enum(interactionTypes),
    subject: z.string(),
    body: z.string(),
    occurredAt: z.date().nullable(),
    durationMinutes: z.union([z.number(), z.literal("")]),
    followUpAt: z.date().nullable(),
  })
  .transform((values): InteractionInput => ({
    ...values,
    occurredAt: values.occurredAt ?? new Date(Number.NaN),
    durationMinutes: values.durationMinutes === "" ? null : values.durationMinutes,
  }))
  .pipe(interactionInputSchema);

export type InteractionFormValues = z.input<typeof interactionFormSchema>;
