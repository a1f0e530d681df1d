import { describe, expect, it } from "vitest";
import { projectProgress } from "./projectProgress";

describe("projectProgress", () => {
  it("has none without tasks and rounds to whole percents", () => {
    expect(projectProgress({ taskCount: 0, doneTaskCount: 0 })).toBeNull();
    expect(projectProgress({ taskCount: 1, doneTaskCount: 0 })).toBe(0);
    expect(projectProgress({ taskCount: 2, doneTaskCount: 1 })).toBe(50);
    expect(projectProgress({ taskCount: 3, doneTaskCount: 1 })).toBe(33);
  });

  it("never passes 100 % while counters catch up", () => {
    expect(projectProgress({ taskCount: 2, doneTaskCount: 3 })).toBe(100);
  });
});
