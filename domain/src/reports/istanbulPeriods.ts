import { reminderTimeZone } from "../reminders/reminderTiming";

// Reports count by Istanbul's calendar (UTC+3 all year), whatever zone the server runs in.
const istanbulDate = new Intl.DateTimeFormat("en-CA", { timeZone: reminderTimeZone });
const dayMs = 24 * 60 * 60 * 1000;

// "2026-11-23": the Istanbul day `at` falls on.
export const istanbulDayKey = (at: Date) => istanbulDate.format(at);

// "2026-11": the Istanbul month `at` falls in.
export const istanbulMonthKey = (at: Date) => istanbulDayKey(at).slice(0, 7);

// A week is named by its Monday ("2026-11-23"), which may lie in the previous month.
export const istanbulWeekKey = (at: Date) => {
  const day = new Date(`${istanbulDayKey(at)}T00:00:00Z`);
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - sinceMonday * dayMs).toISOString().slice(0, 10);
};

const monthIndex = (month: string) =>
  Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const monthOfIndex = (index: number) =>
  `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;

// "2026-01" minus one month is "2025-12".
export const addMonths = (month: string, months: number) =>
  monthOfIndex(monthIndex(month) + months);

// Every month from `from` to `to` ("YYYY-MM"), both included, oldest first; empty when `to` is
// before `from`.
export const monthsBetween = (from: string, to: string): string[] =>
  Array.from({ length: Math.max(0, monthIndex(to) - monthIndex(from) + 1) }, (_, offset) =>
    addMonths(from, offset),
  );
