import { describe, expect, it } from "vitest";
import { defaultNotificationPreferences } from "./notificationPreferences";
import { notificationDelivery, preferencesOrDefaults } from "./notificationDelivery";

const noon = new Date("2026-11-30T09:00:00Z"); // 12:00 in Istanbul
const night = new Date("2026-11-30T20:30:00Z"); // 23:30 in Istanbul
const quietHours = { enabled: true, startHour: 22, endHour: 8, timeZone: "Europe/Istanbul" };

describe("preferencesOrDefaults", () => {
  it("gives the defaults when nothing is stored", () => {
    expect(preferencesOrDefaults(undefined)).toEqual(defaultNotificationPreferences());
  });

  it("keeps every readable part and defaults the rest", () => {
    const stored = {
      channels: { task_assigned: { inbox: false, push: true }, deal_won: { inbox: "yes" } },
      leadMinutes: 30,
      quietHours: { ...quietHours, timeZone: "Mars/Olympus" },
    };
    const preferences = preferencesOrDefaults(stored);
    expect(preferences.channels.task_assigned).toEqual({ inbox: false, push: true });
    expect(preferences.channels.deal_won).toEqual({ inbox: true, push: true });
    expect(preferences.channels.workspace_invite).toEqual({ inbox: true, push: true });
    expect(preferences.leadMinutes).toBe(30);
    expect(preferences.quietHours).toEqual(defaultNotificationPreferences().quietHours);
    expect(preferencesOrDefaults({ leadMinutes: 7, quietHours }).leadMinutes).toBe(60);
    expect(preferencesOrDefaults({ quietHours }).quietHours).toEqual(quietHours);
  });
});

describe("notificationDelivery", () => {
  const withChannels = (inbox: boolean, push: boolean) => {
    const preferences = preferencesOrDefaults({ quietHours });
    return {
      ...preferences,
      channels: { ...preferences.channels, task_assigned: { inbox, push } },
    };
  };

  it("goes to the inbox and pushes at once by default", () => {
    expect(notificationDelivery(preferencesOrDefaults(undefined), "task_assigned", night)).toEqual({
      inbox: true,
      pushAt: night,
    });
  });

  it("follows the type's channels", () => {
    expect(notificationDelivery(withChannels(false, true), "task_assigned", noon)).toEqual({
      inbox: false,
      pushAt: noon,
    });
    expect(notificationDelivery(withChannels(true, false), "task_assigned", noon)).toEqual({
      inbox: true,
      pushAt: null,
    });
    expect(notificationDelivery(withChannels(false, false), "task_assigned", noon)).toBeNull();
    expect(notificationDelivery(withChannels(false, false), "deal_won", noon)).not.toBeNull();
  });

  it("holds the push until quiet hours end", () => {
    expect(notificationDelivery(withChannels(true, true), "task_assigned", night)).toEqual({
      inbox: true,
      pushAt: new Date("2026-12-01T05:00:00Z"),
    });
  });
});
