import { z } from "zod";
import type { DocumentWrite, WriteTime } from "../documents/documentWrite";
import { timestampSchema } from "../validation/common";
import { notificationTypes, type NotificationType } from "./notificationSchema";

export const channelsSchema = z.object({ inbox: z.boolean(), push: z.boolean() });
export type Channels = z.infer<typeof channelsSchema>;

// How long before a deadline its "due soon" reminder comes, in minutes (the settings offer these).
export const reminderLeadOptions = [15, 30, 60, 120, 240, 1440] as const;
export const defaultLeadMinutes = 60;

const hourSchema = z.number().int().min(0).max(23);

// Pushes held during quiet hours go out when they end (the inbox still gets them at once). Hours
// are whole hours in the user's time zone; start > end spans midnight (22 → 8).
export const quietHoursSchema = z.object({
  enabled: z.boolean(),
  startHour: hourSchema,
  endHour: hourSchema,
  timeZone: z.string().min(1).max(64),
});
export type QuietHours = z.infer<typeof quietHoursSchema>;

export const notificationPreferencesSchema = z.object({
  channels: z.record(z.enum(notificationTypes), channelsSchema),
  leadMinutes: z.union(reminderLeadOptions.map((minutes) => z.literal(minutes))),
  quietHours: quietHoursSchema,
  updatedAt: timestampSchema,
});
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;

// What a user who never opened the settings gets: everything in the inbox and as a push, an hour's
// notice, no quiet hours.
export const defaultNotificationPreferences = (
  timeZone = "Europe/Istanbul",
): Omit<NotificationPreferences, "updatedAt"> => ({
  channels: Object.fromEntries(
    notificationTypes.map((type) => [type, { inbox: true, push: true }]),
  ) as Record<NotificationType, Channels>,
  leadMinutes: defaultLeadMinutes,
  quietHours: { enabled: false, startHour: 22, endHour: 8, timeZone },
});

export const newNotificationPreferences = (
  preferences: Omit<NotificationPreferences, "updatedAt">,
  now: WriteTime,
): DocumentWrite<NotificationPreferences> => ({ ...preferences, updatedAt: now });
