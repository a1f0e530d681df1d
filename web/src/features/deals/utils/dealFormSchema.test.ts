import { describe, expect, it } from "vitest";
import { dealFormSchema, dealFormValues, lostReasonFormSchema } from "./dealFormSchema";

const values = {
  ...dealFormValues(undefined, "ayse"),
  title: " Web Sitesi Yenileme ",
  customerId: "c1",
};

describe("deal form", () => {
  it("starts in lira with no close date, owned by the user", () => {
    expect(dealFormValues(undefined, "ayse")).toMatchObject({ currency: "TRY", ownerId: "ayse" });
  });

  it("reads an empty value as zero and a date as the end of that day", () => {
    const parsed = dealFormSchema.parse({ ...values, expectedCloseAt: "2026-12-31" });
    expect(parsed.title).toBe("Web Sitesi Yenileme");
    expect(parsed.value).toBe(0);
    expect(parsed.expectedCloseAt).toEqual(new Date(2026, 11, 31, 23, 59));
  });

  it("explains what is wrong with each field", () => {
    const result = dealFormSchema.safeParse({ ...values, title: "", customerId: "", value: -5 });
    expect(result.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ["title", "validation.required"],
      ["customerId", "validation.required"],
      ["value", "validation.valueNegative"],
    ]);
  });

  it("round-trips a saved deal", () => {
    const saved = dealFormSchema.parse({ ...values, value: 150000, expectedCloseAt: "2027-01-15" });
    expect(dealFormSchema.parse(dealFormValues(saved, "x"))).toEqual(saved);
  });

  it("needs a reason to mark a deal lost", () => {
    expect(lostReasonFormSchema.safeParse({ lostReason: "  " }).error?.issues[0]?.message).toBe(
      "deals.lostReasonRequired",
    );
  });
});
