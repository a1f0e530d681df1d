// Mantine's pickers hand back local "YYYY-MM-DD" or "YYYY-MM-DD HH:mm:ss" strings; forms keep
// Dates.
const pickerPattern = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2})(?::\d{2})?)?$/;

const picked = (value: string | null) => {
  const match = value ? pickerPattern.exec(value) : null;
  if (!match) return null;
  const [year, month, day, hours, minutes] = match.slice(1).map((part) => Number(part ?? 0));
  return { year: year ?? 0, month: month ?? 1, day: day ?? 1, hours, minutes };
};

export const fromPickedDateTime = (value: string | null): Date | null => {
  const at = picked(value);
  return at && new Date(at.year, at.month - 1, at.day, at.hours, at.minutes);
};

// A due or close date means the end of that day.
export const endOfPickedDay = (value: string | null): Date | null => {
  const at = picked(value);
  return at && new Date(at.year, at.month - 1, at.day, 23, 59);
};

// The time a moment picker gives a day picked on its own: a task is due by the end of the working
// day (not at midnight, which would make a task due today overdue at once), and a follow-up is
// for the start of one.
export const dayPickedTime = { due: "18:00", followUp: "09:00" } as const;
