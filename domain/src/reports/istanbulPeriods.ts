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

// Every month key from `from`'s month to `to`'s, both included, oldest first.
export const monthKeysBetween = (from: Date, to: Date) => {
  const [firstYear, firstMonth] = istanbulMonthKey(from).split("-").map(Number);
  const last = istanbulMonthKey(to);
  const keys: string[] = [];
  for (let index = 0; ; index += 1) {
    const months = (firstYear ?? 0) * 12 + (firstMonth ?? 1) - 1 + index;
    const key = `${Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, "0")}`;
    if (key > last) return keys;
    keys.push(key);
  }
};
