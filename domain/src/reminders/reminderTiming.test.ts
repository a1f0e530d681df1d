import { describe, expect, it } from "vitest";
import {
  dueSoonAt,
  dueStep,
  firstFollowUpStep,
  firstTaskStep,
  followUpReminderAt,
  isDateOnly,
  istanbulDay,
  passesAt,
} from "./reminderTiming";

// Istanbul is UTC+3: 14:00 there is 11:00Z, midnight of 30 November is 29 November 21:00Z.
const at = (iso: string) => new Date(iso);
const twoPm = at("2026-11-30T11:00:00Z");
const dayOf30th = at("2026-11-29T21:00:00Z");

describe("date-only deadlines", () => {
  it("are exactly midnight in Istanbul, not in UTC or with a stray second", () => {
    expect(isDateOnly(dayOf30th)).toBe(true);
    expect(isDateOnly(at("2026-11-30T00:00:00Z"))).toBe(false);
    expect(isDateOnly(at("2026-11-29T21:00:01Z"))).toBe(false);
    expect(isDateOnly(at("2026-11-29T21:00:00.001Z"))).toBe(false);
    expect(isDateOnly(twoPm)).toBe(false);
  });

  it("are the Istanbul day a moment falls on", () => {
    expect(istanbulDay(twoPm)).toEqual(dayOf30th);
    // 22:30Z on the 29th is already 01:30 on the 30th in Istanbul.
    expect(istanbulDay(at("2026-11-29T22:30:00Z"))).toEqual(dayOf30th);
    expect(isDateOnly(istanbulDay(at("2026-11-29T20:59:00Z")))).toBe(true);
  });

  it("are reminded at 09:00 Istanbul that day, whatever the lead, and pass at its end", () => {
    expect(dueSoonAt(dayOf30th, 60)).toEqual(at("2026-11-30T06:00:00Z"));
    expect(dueSoonAt(dayOf30th, 1440)).toEqual(at("2026-11-30T06:00:00Z"));
    expect(passesAt(dayOf30th)).toEqual(at("2026-11-30T21:00:00Z"));
    expect(followUpReminderAt(dayOf30th)).toEqual(at("2026-11-30T06:00:00Z"));
  });
});

describe("a deadline with a time", () => {
  it("is due soon its lead time before, and passes at the deadline", () => {
    expect(dueSoonAt(twoPm, 60)).toEqual(at("2026-11-30T10:00:00Z"));
    expect(dueSoonAt(twoPm, 15)).toEqual(at("2026-11-30T10:45:00Z"));
    expect(passesAt(twoPm)).toEqual(twoPm);
    expect(followUpReminderAt(twoPm)).toEqual(twoPm);
  });
});

describe("firstTaskStep", () => {
  it("starts with due soon while the deadline is ahead, even inside the lead time", () => {
    expect(firstTaskStep(twoPm, 60, at("2026-11-30T08:00:00Z"))).toEqual({
      kind: "task_due_soon",
      at: at("2026-11-30T10:00:00Z"),
    });
    // Set half an hour before: "due soon" goes at the next run.
    expect(firstTaskStep(twoPm, 60, at("2026-11-30T10:30:00Z"))?.at).toEqual(
      at("2026-11-30T10:00:00Z"),
    );
  });

  it("reminds of nothing for a deadline that had already passed when it was set", () => {
    expect(firstTaskStep(twoPm, 60, twoPm)).toBeNull();
    expect(firstTaskStep(twoPm, 60, at("2026-12-01T00:00:00Z"))).toBeNull();
  });

  it("still reminds of a day without a time set later that same day", () => {
    const afternoon = at("2026-11-30T12:00:00Z");
    expect(firstTaskStep(dayOf30th, 60, afternoon)).toEqual({
      kind: "task_due_soon",
      at: at("2026-11-30T06:00:00Z"),
    });
    expect(firstTaskStep(dayOf30th, 60, at("2026-11-30T21:00:00Z"))).toBeNull();
  });
});

describe("firstFollowUpStep", () => {
  it("reminds at the follow-up's time, or at 09:00 of a day without a time", () => {
    expect(firstFollowUpStep(twoPm, at("2026-11-30T06:00:00Z"))).toEqual({
      kind: "follow_up_due",
      at: twoPm,
    });
    expect(firstFollowUpStep(dayOf30th, at("2026-11-30T12:00:00Z"))?.at).toEqual(
      at("2026-11-30T06:00:00Z"),
    );
  });

  it("reminds of nothing once the follow-up had passed when it was set", () => {
    expect(firstFollowUpStep(twoPm, at("2026-11-30T11:00:01Z"))).toBeNull();
  });
});

describe("dueStep", () => {
  const dueSoon = { kind: "task_due_soon" as const, at: at("2026-11-30T10:00:00Z"), about: twoPm };

  it("sends nothing before the reminder's time", () => {
    expect(dueStep(dueSoon, at("2026-11-30T09:59:59Z"))).toBeNull();
  });

  it("sends due soon, then waits for the deadline to send overdue once", () => {
    expect(dueStep(dueSoon, at("2026-11-30T10:00:00Z"))).toEqual({
      send: "task_due_soon",
      next: { kind: "task_overdue", at: twoPm },
    });
    const overdue = { kind: "task_overdue" as const, at: twoPm, about: twoPm };
    expect(dueStep(overdue, at("2026-11-30T10:55:00Z"))).toBeNull();
    expect(dueStep(overdue, twoPm)).toEqual({ send: "task_overdue", next: null });
  });

  it("sends overdue instead of a stale due soon when the run comes after the deadline", () => {
    expect(dueStep(dueSoon, at("2026-11-30T11:05:00Z"))).toEqual({
      send: "task_overdue",
      next: null,
    });
  });

  it("waits for the end of a day without a time before calling it overdue", () => {
    const morning = {
      kind: "task_due_soon" as const,
      at: at("2026-11-30T06:00:00Z"),
      about: dayOf30th,
    };
    expect(dueStep(morning, at("2026-11-30T06:00:00Z"))).toEqual({
      send: "task_due_soon",
      next: { kind: "task_overdue", at: at("2026-11-30T21:00:00Z") },
    });
  });

  it("sends a follow-up once", () => {
    const followUp = { kind: "follow_up_due" as const, at: twoPm, about: twoPm };
    expect(dueStep(followUp, twoPm)).toEqual({ send: "follow_up_due", next: null });
  });
});
