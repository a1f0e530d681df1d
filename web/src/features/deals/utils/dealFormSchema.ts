import { z } from "zod";
import { currencies, dealInputSchema, lostReasonSchema, type DealFields } from "@pano/domain";
import { endOfDateInput, toDateInput } from "@/lib/dateTimeInput";

// The deal form's raw values (strings and "" from the inputs) mapped onto the domain schema.
export const dealFormSchema = z
  .object({
    title: z.string(),
    customerId: z.string(),
    value: z.union([z.number(), z.literal("")]),
    currency: z.enum(currencies),
    expectedCloseAt: z.string(),
    ownerId: z.string(),
  })
  .transform((values): z.input<typeof dealInputSchema> => ({
    ...values,
    value: values.value === "" ? 0 : values.value,
    expectedCloseAt: values.expectedCloseAt === "" ? null : endOfDateInput(values.expectedCloseAt),
  }))
  .pipe(dealInputSchema);

export type DealFormValues = z.input<typeof dealFormSchema>;

export const dealFormValues = (deal: DealFields | undefined, ownerId: string): DealFormValues => ({
  title: deal?.title ?? "",
  customerId: deal?.customerId ?? "",
  value: deal?.value ?? "",
  currency: deal?.currency ?? "TRY",
  expectedCloseAt: deal?.expectedCloseAt ? toDateInput(deal.expectedCloseAt) : "",
  ownerId: deal?.ownerId ?? ownerId,
});

export const lostReasonFormSchema = z.object({ lostReason: lostReasonSchema });
