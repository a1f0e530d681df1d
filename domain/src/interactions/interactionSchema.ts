import { z } from "zod";
import { limits } from "../config/limits";
import { storedText, timestampSchema } from "../validation/common";
import { tooLong } from "../validation/messages";

export const interactionTypes = ["email", "call", "note", "meeting"] as const;
export type InteractionType = (typeof interactionTypes)[number];

// Calls and meetings have a length; e-mails and notes do not.
export const hasDuration = (type: InteractionType) => type === "call" || type === "meeting";

export const interactionInputSchema = z
  .object({
    type: z.enum(interactionTypes),
    subject: storedText()
      .trim()
      .min(1, { error: "validation.required" })

      .max(limits.subject, tooLong(limits.subject)),
    body: storedText().trim().max(limits.body, tooLong(limits.body)).default(""),
    occurredAt: z.date({ error: "validation.dateInvalid" }),
    durationMinutes: z
      .number({ error: "validation.numberInvalid" })
      .int({ error: "validation.numberInvalid" })
      .min(1, { error: "validation.durationRange" })
      .max(limits.durationMinutes, { error: "validation.durationRange" })
      .nullable()
      .default(null),
    followUpAt: z.date({ error: "validation.dateInvalid" }).nullable().default(null),
  })
  .transform((interaction) => ({
    ...interaction,
    durationMinutes: hasDuration(interaction.type) ? interaction.durationMinutes : null,
  }))
  .refine(
    (interaction) => !interaction.followUpAt || interaction.followUpAt >= interaction.occurredAt,
    {
      error: "validation.followUpBeforeOccurred",
      path: ["followUpAt"],
    },
  );
export type InteractionInput = z.input<typeof interactionInputSchema>;
export type InteractionFields = z.output<typeof interactionInputSchema>;

export const interactionSchema = z.object({
  customerId: z.string(),
  type: z.enum(interactionTypes),
  subject: z.string(),
  body: z.string(),
  occurredAt: timestampSchema,
  durationMinutes: z.number().nullable(),
  followUpAt: timestampSchema.nullable(),
  createdBy: z.string(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Interaction = z.infer<typeof interactionSchema>;
