import { describe, expect, it } from "vitest";
import { notificationContentSchema } from "../notifications/notificationSchema";
import {
  followsTarget,
  reminderAdvanced,
  reminderContent,
  reminderNotificationId,
} from "./pendingReminder";
import type { Reminder } from "./reminderSchema";

const dueAt = new Date("2026-11-30T11:00:00Z");
const dueSoon: Reminder = {
  kind: "task_due_soon",
  at: new Date("2026-11-30T10:00:00Z"),
  params: { taskTitle: "Tasarım onayı", dueAt, dateOnly: false },
  workspaceId: "ws",
  itemId: "t1",
  recipientId: "zeynep",
  link: "/w/ws/projects/p1",
};

describe("pending reminders", () => {
  it("belong to their item while it wants the same time for the same person", () => {
    expect(followsTarget(dueSoon, { recipientId: "zeynep", about: new Date(dueAt) })).toBe(true);
    expect(followsTarget(dueSoon, { recipientId: "mehmet", about: dueAt })).toBe(false);
    expect(followsTarget(dueSoon, { recipientId: "zeynep", about: new Date(0) })).toBe(false);
    expect(followsTarget(dueSoon, null)).toBe(false);
  });

  it("name each notification by item, time and notice", () => {
    expect(reminderNotificationId(dueSoon, "task_due_soon")).toBe(
      `task_due_soon-ws-t1-${dueAt.getTime()}`,
    );
    expect(reminderNotificationId(dueSoon, "task_overdue")).not.toBe(
      reminderNotificationId(dueSoon, "task_due_soon"),
    );
    const moved = { ...dueSoon, params: { ...dueSoon.params, dueAt: new Date(0) } };
    expect(reminderNotificationId(moved, "task_due_soon")).not.toBe(
      reminderNotificationId(dueSoon, "task_due_soon"),
    );
  });

  it("send the notice a run picked with the reminder's parameters", () => {
    const overdue = reminderContent(dueSoon, "task_overdue");
    expect(notificationContentSchema.parse(overdue)).toEqual({
      type: "task_overdue",
      params: dueSoon.params,
    });
    expect(reminderAdvanced({ kind: "task_overdue", at: dueAt })).toEqual({
      kind: "task_overdue",
      at: dueAt,
    });
  });
});
