import { describe, expect, it } from "vitest";
import { reminderSchema, type Reminder } from "./reminderSchema";
import {
  taskReminder,
  taskReminderAffected,
  taskReminderTarget,
  type TaskReminderSource,
} from "./taskReminder";

const dueAt = new Date("2026-11-30T11:00:00Z"); // 14:00 Istanbul
const task: TaskReminderSource = {
  title: "Tasarım onayı",
  dueAt,
  completedAt: null,
  assigneeId: "zeynep",
  createdBy: "ayse",
  projectId: "p1",
  customerId: "c1",
  dealId: null,
  updatedAt: new Date("2026-11-30T06:00:00Z"),
};
const build = (source: TaskReminderSource, existing?: Reminder, lead = 60) => {
  const reminder = taskReminder("ws", "t1", source, existing, lead);
  return reminder && reminderSchema.parse(reminder);
};

// The reminder once its "due soon" went out.
const overdueNext = (): Reminder => {
  const reminder = build(task);
  if (reminder?.kind !== "task_due_soon") throw new Error("expected a due-soon reminder");
  return { ...reminder, kind: "task_overdue", at: dueAt };
};

describe("taskReminder", () => {
  it("reminds the assignee its lead time before the deadline", () => {
    expect(build(task, undefined, 30)).toEqual({
      kind: "task_due_soon",
      at: new Date("2026-11-30T10:30:00Z"),
      params: { taskTitle: "Tasarım onayı", dueAt, dateOnly: false },
      workspaceId: "ws",
      itemId: "t1",
      recipientId: "zeynep",
      link: "/w/ws/projects/p1?task=t1",
    });
  });

  it("reminds the creator while nobody is assigned", () => {
    expect(build({ ...task, assigneeId: null })?.recipientId).toBe("ayse");
  });

  it("has none for a done or undated task, or a deadline already past when set", () => {
    expect(build({ ...task, completedAt: new Date() })).toBeNull();
    expect(build({ ...task, dueAt: null })).toBeNull();
    expect(build({ ...task, updatedAt: new Date("2026-11-30T11:00:00Z") })).toBeNull();
  });

  it("keeps its next notice through edits of the title, so due soon is not sent again", () => {
    const renamed = build({ ...task, title: "Son onay", updatedAt: dueAt }, overdueNext());
    expect(renamed).toMatchObject({
      kind: "task_overdue",
      at: dueAt,
      params: { taskTitle: "Son onay" },
    });
  });

  it("starts over for a new deadline or a new assignee", () => {
    const later = new Date("2026-12-01T11:00:00Z");
    expect(build({ ...task, dueAt: later }, overdueNext())).toMatchObject({
      kind: "task_due_soon",
      at: new Date("2026-12-01T10:00:00Z"),
    });
    expect(build({ ...task, assigneeId: "mehmet" }, overdueNext())).toMatchObject({
      kind: "task_due_soon",
      recipientId: "mehmet",
    });
  });

  it("marks a deadline without a time", () => {
    const day = new Date("2026-11-29T21:00:00Z");
    expect(build({ ...task, dueAt: day })).toMatchObject({
      at: new Date("2026-11-30T06:00:00Z"),
      params: { dateOnly: true },
    });
  });
});

describe("taskReminderAffected", () => {
  it("ignores writes that cannot change the reminder", () => {
    const moved = { ...task, updatedAt: new Date() };
    expect(taskReminderAffected(task, moved)).toBe(false);
    const undated = { ...task, dueAt: null };
    expect(taskReminderAffected(undated, { ...undated, title: "Yeni" })).toBe(false);
    expect(taskReminderAffected(undefined, undated)).toBe(false);
  });

  it("notices a new deadline, title, assignee, completion, creation or deletion", () => {
    expect(taskReminderAffected(task, { ...task, dueAt: new Date() })).toBe(true);
    expect(taskReminderAffected(task, { ...task, title: "Yeni" })).toBe(true);
    expect(taskReminderAffected(task, { ...task, assigneeId: null })).toBe(true);
    expect(taskReminderAffected(task, { ...task, completedAt: new Date() })).toBe(true);
    expect(taskReminderAffected(undefined, task)).toBe(true);
    expect(taskReminderAffected(task, undefined)).toBe(true);
  });
});

describe("taskReminderTarget", () => {
  it("follows the deadline and the assignee", () => {
    expect(taskReminderTarget(task)).toEqual({ recipientId: "zeynep", about: dueAt });
  });
});
