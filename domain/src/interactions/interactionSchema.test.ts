import { describe, expect, it } from "vitest";
import { interactionInputSchema } from "./interactionSchema";

const at = (iso: string) => new Date(iso);

describe("interactionInputSchema", () => {
  it("keeps a duration only for calls and meetings", () => {
    const base = { subject: "Teklif", occurredAt: at("2026-11-24T10:00:00Z"), durationMinutes: 30 };
    expect(interactionInputSchema.parse({ ...base, type: "call" }).durationMinutes).toBe(30);
    expect(interactionInputSchema.parse({ ...base, type: "note" }).durationMinutes).toBeNull();
  });

  it("requires a subject and a follow-up after the interaction", () => {
    const result = interactionInputSchema.safeParse({
      type: "email",
      subject: " ",
      occurredAt: at("2026-11-24T10:00:00Z"),
      followUpAt: at("2026-11-23T10:00:00Z"),
    });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(["validation.required"]);
    const followUp = interactionInputSchema.safeParse({
      type: "email",
      subject: "Teklif gönderildi",
      occurredAt: at("2026-11-24T10:00:00Z"),
      followUpAt: at("2026-11-23T10:00:00Z"),
    });
    expect(followUp.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["followUpAt", "validation.followUpBeforeOccurred"],
    ]);
  });

  it("rejects unknown types and impossible durations", () => {
    const base = { subject: "x", occurredAt: at("2026-11-24T10:00:00Z") };
    expect(interactionInputSchema.safeParse({ ...base, type: "fax" }).success).toBe(false);
    expect(
      interactionInputSchema.safeParse({ ...base, type: "meeting", durationMinutes: 0 }).success,
    ).toBe(false);
  });
});
