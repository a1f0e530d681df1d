import type { ReminderRun } from "./reminderSchema";

// Run records expire (a TTL policy on expireAt): one every five minutes is 105,000 a year.
const runLifetimeMs = 30 * 24 * 60 * 60 * 1000;

export const newReminderRun = (run: Omit<ReminderRun, "expireAt">): ReminderRun => ({
  ...run,
  expireAt: new Date(run.scheduleTime.getTime() + runLifetimeMs),
});
