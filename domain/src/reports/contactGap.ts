import { istanbulDay } from "../reminders/reminderTiming";

// A customer nobody has talked to for this many days needs attention.
export const contactGapDays = 30;

export const contactGapCutoff = (now: Date) =>
  new Date(now.getTime() - contactGapDays * 24 * 60 * 60 * 1000);

// A follow-up is overdue once its day has passed in Istanbul, as an open task is: one dated
// today, with or without a time, is still today's work.
export const followUpOverdueCutoff = (now: Date) => istanbulDay(now);
