import { describe, expect, it } from "vitest";
import {
  followUpReminder,
  followUpReminderAffected,
  type FollowUpSource,
} from "./followUpReminder";
import { reminderSchema, type Reminder } from "./reminderSchema";

const followUpAt = new Date("2026-11-30T11:00:00Z");
const interaction: FollowUpSource = {
  customerId: "c1",
  subject: "Teklif",
  followUpAt,
  createdBy: "ayse",
  updatedAt: new Date("2026-11-30T06:00:00Z"),
};
const build = (source: FollowUpSource, existing?: Reminder) => {
  const reminder = followUpReminder("ws", "i1", source, "Mavi Deniz Turizm", existing);
  return reminder && reminderSchema.parse(reminder);
};

describe("followUpReminder", () => {
  it("reminds the author at the follow-up's time, naming the customer", () => {
    expect(build(interaction)).toEqual({
      kind: "follow_up_due",
      at: followUpAt,
      params: { customerName: "Mavi Deniz Turizm", subject: "Teklif", followUpAt },
      workspaceId: "ws",
      itemId: "i1",
      recipientId: "ayse",
      link: "/w/ws/customers/c1",
    });
  });

  it("has none without a follow-up or for one already past when set", () => {
    expect(build({ ...interaction, followUpAt: null })).toBeNull();
    expect(build({ ...interaction, updatedAt: new Date("2026-11-30T12:00:00Z") })).toBeNull();
  });

  it("keeps a pending reminder through a subject edit and starts over for a new time", () => {
    const pending = build(interaction) ?? undefined;
    expect(build({ ...interaction, subject: "Sözleşme" }, pending)).toMatchObject({
      params: { subject: "Sözleşme" },
    });
    const later = new Date("2026-12-02T07:30:00Z");
    expect(build({ ...interaction, followUpAt: later }, pending)?.at).toEqual(later);
  });
});

describe("followUpReminderAffected", () => {
  it("notices a follow-up set, moved or removed, and ignores interactions without one", () => {
    const none = { ...interaction, followUpAt: null };
    expect(followUpReminderAffected(none, { ...none, subject: "Yeni" })).toBe(false);
    expect(followUpReminderAffected(interaction, { ...interaction, updatedAt: new Date() })).toBe(
      false,
    );
    expect(followUpReminderAffected(none, interaction)).toBe(true);
    expect(followUpReminderAffected(interaction, none)).toBe(true);
    expect(followUpReminderAffected(interaction, undefined)).toBe(true);
  });
});
