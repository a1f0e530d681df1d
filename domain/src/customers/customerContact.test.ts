import { describe, expect, it } from "vitest";
import { customerContact } from "./customerContact";

const at = (iso: string) => new Date(iso);
const interaction = (occurredAt: string, followUpAt: string | null = null) => ({
  occurredAt: at(occurredAt),
  followUpAt: followUpAt ? at(followUpAt) : null,
});

describe("customerContact", () => {
  it("is empty for a customer nobody has contacted", () => {
    expect(customerContact([])).toEqual({ lastContactAt: null, openFollowUpAt: null });
  });

  it("keeps the latest interaction as the last contact, whatever the order", () => {
    expect(
      customerContact([
        interaction("2026-11-10T09:00:00Z"),
        interaction("2026-11-20T09:00:00Z"),
        interaction("2026-11-01T09:00:00Z"),
      ]),
    ).toEqual({ lastContactAt: at("2026-11-20T09:00:00Z"), openFollowUpAt: null });
  });

  it("keeps the earliest follow-up set for after the last contact open", () => {
    expect(
      customerContact([
        interaction("2026-11-01T09:00:00Z", "2026-12-10T09:00:00Z"),
        interaction("2026-11-20T09:00:00Z", "2026-11-25T09:00:00Z"),
        interaction("2026-11-05T09:00:00Z", "2026-11-10T09:00:00Z"),
      ]),
    ).toEqual({
      lastContactAt: at("2026-11-20T09:00:00Z"),
      openFollowUpAt: at("2026-11-25T09:00:00Z"),
    });
  });

  it("closes a follow-up once an interaction occurs after it, or at the same moment", () => {
    expect(
      customerContact([
        interaction("2026-11-01T09:00:00Z", "2026-11-10T09:00:00Z"),
        interaction("2026-11-10T09:00:00Z"),
      ]).openFollowUpAt,
    ).toBeNull();
    expect(
      customerContact([
        interaction("2026-11-01T09:00:00Z", "2026-11-10T09:00:00Z"),
        interaction("2026-11-12T09:00:00Z"),
      ]).openFollowUpAt,
    ).toBeNull();
  });
});
