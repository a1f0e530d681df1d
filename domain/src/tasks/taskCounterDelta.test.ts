import { describe, expect, it } from "vitest";
import { taskCounterDelta } from "./taskCounterDelta";

const task = (status: string, projectId: string | null = "p1") => ({ projectId, status });
const done = ["done"];

describe("taskCounterDelta", () => {
  it("counts a created task, and a created done task twice over", () => {
    expect(taskCounterDelta(undefined, task("todo"), done)).toEqual({
      projectId: "p1",
      taskCount: 1,
      doneTaskCount: 0,
    });
    expect(taskCounterDelta(undefined, task("done"), done)).toMatchObject({
      taskCount: 1,
      doneTaskCount: 1,
    });
  });

  it("moves the done count when a task enters or leaves done", () => {
    expect(taskCounterDelta(task("review"), task("done"), done)).toMatchObject({
      taskCount: 0,
      doneTaskCount: 1,
    });
    expect(taskCounterDelta(task("done"), task("todo"), done)).toMatchObject({
      doneTaskCount: -1,
    });
  });

  it("uncounts a deleted task", () => {
    expect(taskCounterDelta(task("done"), undefined, done)).toMatchObject({
      taskCount: -1,
      doneTaskCount: -1,
    });
  });

  it("ignores moves that change nothing and to-dos outside projects", () => {
    expect(taskCounterDelta(task("todo"), task("review"), done)).toBeNull();
    expect(taskCounterDelta(undefined, task("todo", null), done)).toBeNull();
  });
});
