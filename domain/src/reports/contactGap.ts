// A customer nobody has talked to for this many days needs attention.
export const contactGapDays = 30;

export const contactGapCutoff = (now: Date) =>
  new Date(now.getTime() - contactGapDays * 24 * 60 * 60 * 1000);
