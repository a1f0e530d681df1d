import { z } from "zod";
import { limits } from "../config/limits";
import { normalizePhone } from "./phone";
import { emailSchema, storedText, timestampSchema } from "../validation/common";
import { tooLong } from "../validation/messages";

const optionalText = (max: number) => storedText().trim().max(max, tooLong(max)).default("");

export const tagSchema = storedText()
  .trim()
  .min(1, { error: "validation.required" })
  .max(limits.tag, { error: "validation.tagTooLong" });

// Empty means "none"; anything else must parse as a Turkish or international number.
export const phoneInputSchema = storedText()
  .trim()
  .max(limits.phone, tooLong(limits.phone))
  .transform((value, context) => {
    if (value === "") return "";
    const normalized = normalizePhone(value);
    if (normalized) return normalized;
    context.addIssue({ code: "custom", message: "validation.phoneInvalid" });
    return z.NEVER;
  });

// What a person types into the customer form (and what an imported CSV row must satisfy).
export const customerInputSchema = z.object({
  name: storedText()
    .trim()
    .min(1, { error: "validation.required" })
    .max(limits.customerName, tooLong(limits.customerName)),
  company: optionalText(limits.customerText),
  title: optionalText(limits.customerText),
  email: z.union([z.literal(""), emailSchema]).default(""),
  phone: phoneInputSchema.default(""),
  tags: z
    .array(tagSchema)
    .max(limits.tags, { error: "validation.tooManyTags" })
    .transform((tags) => [...new Set(tags)])
    .default([]),
  ownerId: z.string().min(1, { error: "validation.required" }),
});
export type CustomerInput = z.input<typeof customerInputSchema>;
export type CustomerFields = z.output<typeof customerInputSchema>;

// searchTokens and nameSort are derived from the fields on every write; lastContactAt and
// openFollowUpAt are kept by a function from the customer's interactions (customerContact).
// Documents written before openFollowUpAt existed lack it, hence the default.
export const customerSchema = customerInputSchema.extend({
  searchTokens: z.array(z.string()),
  nameSort: z.string(),
  lastContactAt: timestampSchema.nullable(),
  openFollowUpAt: timestampSchema.nullable().default(null),
  createdBy: z.string(),
  createdAt: timestampSchema,
  // Who made the last write (the rules hold a client to its own uid), so a function can tell a
  // handover from taking a customer yourself; documents written before it lack it.
  updatedBy: z.string().nullable().default(null),
  updatedAt: timestampSchema,
});
export type Customer = z.infer<typeof customerSchema>;
