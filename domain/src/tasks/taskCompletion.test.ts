import { describe, expect, it } from "vitest";
import type { BoardColumn } from "../projects/projectSchema";
import { completionTarget, isTaskDone } from "./taskCompletion";

const columns: BoardColumn[] = [
  { id: "backlog", name: "Sırada", kind: "open" },
  { id: "shipped", name: "Yayında", kind: "done" },
  { id: "archive", name: "Arşiv", kind: "done" },
];
const project = { columns };
const todo = (status: string) => ({ projectId: null, status, completedAt: null });
const projectTask = (status: string, completedAt: Date | null = null) => ({
  projectId: "p1",
  status,
  completedAt,
});

describe("isTaskDone", () => {
  it("reads a to-do's status and a project task's column kind", () => {
    expect(isTaskDone(todo("done"), undefined)).toBe(true);
    expect(isTaskDone(todo("todo"), undefined)).toBe(false);
    expect(isTaskDone(projectTask("archive"), project)).toBe(true);
    expect(isTaskDone(projectTask("done"), project)).toBe(false);
  });

  it("falls back to completedAt for a project task whose project is not loaded", () => {
    expect(isTaskDone(projectTask("shipped", new Date()), undefined)).toBe(true);
    expect(isTaskDone(projectTask("shipped"), undefined)).toBe(false);
  });
});

describe("completionTarget", () => {
  it("ticks a to-do to done and back to todo", () => {
    expect(completionTarget(todo("todo"), undefined, true)).toEqual({
      status: "done",
      completion: "complete",
    });
    expect(completionTarget(todo("done"), undefined, false)).toEqual({
      status: "todo",
      completion: "reopen",
    });
  });

  it("moves a project task to its project's first done column and back to its first open one", () => {
    expect(completionTarget(projectTask("backlog"), project, true)).toEqual({
      status: "shipped",
      completion: "complete",
    });
    expect(completionTarget(projectTask("archive"), project, false)).toEqual({
      status: "backlog",
      completion: "reopen",
    });
  });

  it("has no target for a project task whose project is unknown", () => {
    expect(completionTarget(projectTask("backlog"), undefined, true)).toBeNull();
  });
});
