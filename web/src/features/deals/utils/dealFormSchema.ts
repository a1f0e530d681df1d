import { z } from "zod";
import { currencies, dealInputSchema, lostReasonSchema, type DealFields } from "@pano/domain";

// <input type="date"> gives "YYYY-MM-DD"; a deal is expected to close by the end of that day.
const endOfDay = (value: string): Date => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return new Date(Number.NaN);
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 23, 59);
};

const pad = (value: number) => String(value).padStart(2, "0");
export const toDateInput = (date: Date) =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

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
    expectedCloseAt: values.expectedCloseAt === "" ? null : endOfDay(values.expectedCloseAt),
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
