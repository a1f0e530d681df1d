import type { QuietHours } from "./notificationPreferences";

const minuteMs = 60 * 1000;

// Minutes since local midnight of `at` in a time zone (Intl knows every IANA zone and its rules).
const localMinutes = (at: Date, timeZone: string) => {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(at);
  const part = (type: string) => Number(parts.find((entry) => entry.type === type)?.value ?? 0);
  return part("hour") * 60 + part("minute");
};

const inWindow = (minutes: number, startHour: number, endHour: number) => {
  const start = startHour * 60;
  const end = endHour * 60;
  if (start === end) return false;
  return start < end ? minutes >= start && minutes < end : minutes >= start || minutes < end;
};

// When a push created at `at` may go out: at once, or when the recipient's quiet hours end.
export const pushTime = (at: Date, quietHours: QuietHours): Date => {
  if (!quietHours.enabled) return at;
  const minutes = localMinutes(at, quietHours.timeZone);
  if (!inWindow(minutes, quietHours.startHour, quietHours.endHour)) return at;
  const wait = (quietHours.endHour * 60 - minutes + 24 * 60) % (24 * 60);
  const startOfMinute = Math.floor(at.getTime() / minuteMs) * minuteMs;
  return new Date(startOfMinute + wait * minuteMs);
};

export const isValidTimeZone = (timeZone: string) => {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone });
    return true;
  } catch {
    return false;
  }
};
