import type { ReminderKind, TaskReminderKind } from "./reminderSchema";

// When a deadline's and a follow-up's notices are due. Pano's days are Istanbul's (UTC+3 all year,
// no daylight saving time since 2016), whatever zone the scheduler or the server runs in.
export const reminderTimeZone = "Europe/Istanbul";

// A date picked without a time is reminded of at this hour of that day.
export const dateOnlyReminderHour = 9;

const minuteMs = 60 * 1000;
const hourMs = 60 * minuteMs;
const dayMs = 24 * hourMs;

const istanbulClock = new Intl.DateTimeFormat("en-GB", {
  timeZone: reminderTimeZone,
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

// The date-time picker stores a date picked without a time as 00:00 of that day: exactly
// midnight in Istanbul, to the millisecond, means "that day" rather than a moment.
export const isDateOnly = (at: Date) =>
  at.getUTCMilliseconds() === 0 && istanbulClock.format(at) === "00:00:00";

const istanbulDate = new Intl.DateTimeFormat("en-CA", { timeZone: reminderTimeZone });

// The day `at` falls on in Istanbul, as the picker stores it without a time.
export const istanbulDay = (at: Date) => new Date(`${istanbulDate.format(at)}T00:00:00+03:00`);

// Its lead time before the deadline; a day without a time at 09:00 that day.
export const dueSoonAt = (dueAt: Date, leadMinutes: number) =>
  new Date(
    isDateOnly(dueAt)
      ? dueAt.getTime() + dateOnlyReminderHour * hourMs
      : dueAt.getTime() - leadMinutes * minuteMs,
  );

// A moment passes when it comes; a day without a time at its end.
export const passesAt = (at: Date) =>
  new Date(isDateOnly(at) ? at.getTime() + dayMs : at.getTime());

// A follow-up is reminded of at its time; one without a time at 09:00 that day.
export const followUpReminderAt = (followUpAt: Date) =>
  new Date(
    isDateOnly(followUpAt)
      ? followUpAt.getTime() + dateOnlyReminderHour * hourMs
      : followUpAt.getTime(),
  );

export type ReminderStep<Kind extends ReminderKind = ReminderKind> = { kind: Kind; at: Date };

// The first notice a deadline set at `setAt` gets: "due soon" while the deadline is still ahead
// (at the next run when its lead time has already begun), none when it had already passed, so
// entering an old deadline does not announce it as overdue.
export const firstTaskStep = (
  dueAt: Date,
  leadMinutes: number,
  setAt: Date,
): ReminderStep<TaskReminderKind> | null =>
  passesAt(dueAt) <= setAt ? null : { kind: "task_due_soon", at: dueSoonAt(dueAt, leadMinutes) };

// A follow-up set after it passed reminds of nothing; one for later today without a time still
// reminds at once.
export const firstFollowUpStep = (
  followUpAt: Date,
  setAt: Date,
): ReminderStep<"follow_up_due"> | null =>
  passesAt(followUpAt) <= setAt
    ? null
    : { kind: "follow_up_due", at: followUpReminderAt(followUpAt) };

type Pending = ReminderStep & { about: Date };

// What a run at `now` sends for a pending reminder, and what follows it: "due soon" is followed by
// "overdue" when the deadline passes; a run that comes after the deadline sends "overdue" instead
// of a stale "due soon". Null when nothing is due yet.
export const dueStep = (
  reminder: Pending,
  now: Date,
): { send: ReminderKind; next: ReminderStep | null } | null => {
  if (reminder.at > now) return null;
  if (reminder.kind !== "task_due_soon") return { send: reminder.kind, next: null };
  const overdue = passesAt(reminder.about);
  return overdue <= now
    ? { send: "task_overdue", next: null }
    : { send: "task_due_soon", next: { kind: "task_overdue", at: overdue } };
};
