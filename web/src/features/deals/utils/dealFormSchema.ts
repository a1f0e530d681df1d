import { z } from "zod";
import {
  currencies,
  dealInputSchema,
  formatAmountInput,
  lostReasonSchema,
  parseMoney,
  type DealFields,
  type Locale,
} from "@pano/domain";

// The deal form's raw values mapped onto the domain schema. The amount is read the way the
// language writes it; what is not an amount stays NaN or negative so the schema names it.
export const dealFormSchema = (locale: Locale) =>
  z
    .object({
      title: z.string(),
      customerId: z.string(),
      value: z.string(),
      currency: z.enum(currencies),
      expectedCloseAt: z.date().nullable(),
      ownerId: z.string(),
    })
    .transform((values): z.input<typeof dealInputSchema> => ({
      ...values,
      value: parseMoney(values.value, locale) ?? 0,
    }))
    .pipe(dealInputSchema);

export type DealFormValues = z.input<ReturnType<typeof dealFormSchema>>;

export const dealFormValues = (
  deal: DealFields | undefined,
  ownerId: string,
  locale: Locale,
): DealFormValues => ({
  title: deal?.title ?? "",
  customerId: deal?.customerId ?? "",
  value: deal ? formatAmountInput(deal.value, locale) : "",
  currency: deal?.currency ?? "TRY",
  expectedCloseAt: deal?.expectedCloseAt ?? null,
  ownerId: deal?.ownerId ?? ownerId,
});

export const lostReasonFormSchema = z.object({ lostReason: lostReasonSchema });
