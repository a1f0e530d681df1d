import { describe, expect, it } from "vitest";
import { dealFormSchema, dealFormValues, lostReasonFormSchema } from "./dealFormSchema";

const values = {
  ...dealFormValues(undefined, "ayse", "tr"),
  title: " Web Sitesi Yenileme ",
  customerId: "c1",
};
const messages = (locale: "tr" | "en", changes: Partial<typeof values>) =>
  dealFormSchema(locale)
    .safeParse({ ...values, ...changes })
    .error?.issues.map((issue) => [issue.path[0], issue.message]);

describe("deal form", () => {
  it("starts in lira with no amount and no close date, owned by the user", () => {
    expect(dealFormValues(undefined, "ayse", "tr")).toMatchObject({
      currency: "TRY",
      ownerId: "ayse",
      value: "",
      expectedCloseAt: null,
    });
  });

  it("reads an empty amount as zero and keeps the picked close date", () => {
    const close = new Date(2026, 11, 31, 23, 59);
    const parsed = dealFormSchema("tr").parse({ ...values, expectedCloseAt: close });
    expect(parsed.title).toBe("Web Sitesi Yenileme");
    expect(parsed.value).toBe(0);
    expect(parsed.expectedCloseAt).toEqual(close);
  });

  it("reads the amount the way each language writes it", () => {
    expect(dealFormSchema("tr").parse({ ...values, value: "1.500,75" }).value).toBe(1500.75);
    expect(dealFormSchema("en").parse({ ...values, value: "1,500.75" }).value).toBe(1500.75);
    expect(dealFormSchema("tr").parse({ ...values, value: "1500.75" }).value).toBe(1500.75);
    expect(dealFormSchema("en").parse({ ...values, value: "1500.75" }).value).toBe(1500.75);
  });

  it("refuses a negative amount or a non-number, and still flags every other field", () => {
    expect(messages("tr", { title: "", customerId: "", value: "-5" })).toEqual([
      ["title", "validation.required"],
      ["customerId", "validation.required"],
      ["value", "validation.valueNegative"],
    ]);
    expect(messages("en", { value: "abc" })).toEqual([["value", "validation.amountInvalid"]]);
    expect(messages("tr", { value: "1.000.000.000.000" })).toEqual([
      ["value", "validation.amountTooLarge?max=999999999999.99"],
    ]);
  });

  it("round-trips a saved deal in both languages", () => {
    const saved = dealFormSchema("tr").parse({
      ...values,
      value: "24.500,50",
      expectedCloseAt: new Date(2027, 0, 15, 23, 59),
    });
    for (const locale of ["tr", "en"] as const)
      expect(dealFormSchema(locale).parse(dealFormValues(saved, "x", locale))).toEqual(saved);
  });

  it("needs a reason to mark a deal lost", () => {
    expect(lostReasonFormSchema.safeParse({ lostReason: "  " }).error?.issues[0]?.message).toBe(
      "deals.lostReasonRequired",
    );
  });
});
