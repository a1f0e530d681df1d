import { z } from "zod";
import {
  channelsSchema,
  defaultNotificationPreferences,
  notificationPreferencesSchema,
  quietHoursSchema,
  type NotificationPreferences,
} from "./notificationPreferences";
import { notificationTypes, type NotificationType } from "./notificationSchema";
import { isValidTimeZone, pushTime } from "./quietHours";

export type DeliveryPreferences = Omit<NotificationPreferences, "updatedAt">;

const storedParts = z
  .object({
    channels: z.record(z.string(), z.unknown()).optional().catch(undefined),
    leadMinutes: notificationPreferencesSchema.shape.leadMinutes.optional().catch(undefined),
    quietHours: quietHoursSchema
      .refine((quietHours) => isValidTimeZone(quietHours.timeZone))
      .optional()
      .catch(undefined),
  })
  .catch({});

// A user's settings as stored, part by part: whatever is absent or unreadable (no settings saved
// yet, a type added since they were saved, a time zone this runtime does not know) is the default,
// so one bad part never silences the rest.
export const preferencesOrDefaults = (stored: unknown): DeliveryPreferences => {
  const defaults = defaultNotificationPreferences();
  const parts = storedParts.parse(stored ?? {});
  const channels = Object.fromEntries(
    notificationTypes.map((type) => [
      type,
      channelsSchema.safeParse(parts.channels?.[type]).data ?? defaults.channels[type],
    ]),
  ) as DeliveryPreferences["channels"];
  return {
    channels,
    leadMinutes: parts.leadMinutes ?? defaults.leadMinutes,
    quietHours: parts.quietHours ?? defaults.quietHours,
  };
};

export type Delivery = { inbox: boolean; pushAt: Date | null };

// How a notification of this type reaches its recipient: in the inbox or not, and when its push
// may go out (held to the end of quiet hours); null when they turned both off.
export const notificationDelivery = (
  preferences: DeliveryPreferences,
  type: NotificationType,
  now: Date,
): Delivery | null => {
  const { inbox, push } = preferences.channels[type];
  if (!inbox && !push) return null;
  return { inbox, pushAt: push ? pushTime(now, preferences.quietHours) : null };
};
