import type { Locale } from "../config/locales";
import { formatDate, formatDateTime } from "../format/formatters";
import { isDateOnly, passesAt, reminderTimeZone } from "../reminders/reminderTiming";

// A deadline as the reminders read it: one stored without a time (00:00 in Istanbul, from before
// the picker gave a day picked alone the end of the working day) is that whole day, so it shows
// as a date and is overdue only when the day ends.
export const isPastDue = (dueAt: Date, now: Date) => passesAt(dueAt).getTime() <= now.getTime();

// `timeZone` for a moment: the reader's, unless given; the day is Istanbul's, as stored.
export const formatDue = (dueAt: Date, locale: Locale, timeZone?: string) =>
  isDateOnly(dueAt)
    ? formatDate(dueAt, locale, reminderTimeZone)
    : formatDateTime(dueAt, locale, timeZone);
