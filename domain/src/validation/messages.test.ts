import { describe, expect, it } from "vitest";
import { dealInputSchema } from "../deals/dealSchema";
import { messageWithValues, readMessage } from "./messages";
import { projectInputSchema } from "../projects/projectSchema";

const firstMessage = (result: { error?: { issues: { message: string }[] } }) =>
  readMessage(result.error?.issues[0]?.message ?? "");

describe("validation messages", () => {
  it("reads a plain key with no values", () => {
    expect(readMessage("validation.required")).toEqual({ key: "validation.required", values: {} });
  });

  it("carries numbers to the message", () => {
    const message = messageWithValues("validation.amountTooLarge", { max: 999_999_999_999.99 });
    expect(readMessage(message)).toEqual({
      key: "validation.amountTooLarge",
      values: { max: 999_999_999_999.99 },
    });
  });

  it("says the limit of a text that is too long", () => {
    const deal = { title: "x".repeat(201), customerId: "c", value: 1, ownerId: "u" };
    expect(firstMessage(dealInputSchema.safeParse(deal))).toEqual({
      key: "validation.tooLong",
      values: { max: 200 },
    });
    const project = { name: "x".repeat(121), customerId: "c", status: "planned", ownerId: "u" };
    expect(firstMessage(projectInputSchema.safeParse(project))).toEqual({
      key: "validation.tooLong",
      values: { max: 120 },
    });
  });
});

describe("deal value", () => {
  const deal = { title: "Logo", customerId: "c", ownerId: "u" };

  it("stops below 10^12, where the rules stop, and says the maximum", () => {
    expect(dealInputSchema.parse({ ...deal, value: 999_999_999_999.99 }).value).toBe(
      999_999_999_999.99,
    );
    expect(firstMessage(dealInputSchema.safeParse({ ...deal, value: 1e12 }))).toEqual({
      key: "validation.amountTooLarge",
      values: { max: 999_999_999_999.99 },
    });
  });

  it("names a negative amount and a non-number", () => {
    expect(firstMessage(dealInputSchema.safeParse({ ...deal, value: -5 })).key).toBe(
      "validation.valueNegative",
    );
    expect(firstMessage(dealInputSchema.safeParse({ ...deal, value: Number.NaN })).key).toBe(
      "validation.amountInvalid",
    );
  });
});
