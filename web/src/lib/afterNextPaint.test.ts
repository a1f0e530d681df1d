import { describe, expect, it, vi } from "vitest";
import { afterNextPaint } from "./afterNextPaint";

// A clock whose frames and tasks run only when the test says so.
const manualClock = () => {
  const frames = new Map<number, () => void>();
  const tasks = new Map<number, () => void>();
  let next = 1;
  return {
    requestAnimationFrame: (callback: () => void) => {
      frames.set(next, callback);
      return next++;
    },
    cancelAnimationFrame: (frame: number) => void frames.delete(frame),
    setTimeout: (callback: () => void) => {
      tasks.set(next, callback);
      return next++ as unknown as ReturnType<typeof setTimeout>;
    },
    clearTimeout: (timer: ReturnType<typeof setTimeout>) =>
      void tasks.delete(timer as unknown as number),
    paintFrame: () => {
      const due = [...frames.values()];
      frames.clear();
      for (const callback of due) callback();
    },
    runTasks: () => {
      const due = [...tasks.values()];
      tasks.clear();
      for (const callback of due) callback();
    },
  };
};

describe("afterNextPaint", () => {
  it("runs the work in a task after the next frame, not in the frame nor before it", () => {
    const clock = manualClock();
    const work = vi.fn();
    afterNextPaint(work, clock);
    clock.runTasks();
    expect(work).not.toHaveBeenCalled();
    clock.paintFrame();
    expect(work).not.toHaveBeenCalled();
    clock.runTasks();
    expect(work).toHaveBeenCalledOnce();
  });

  it("never runs work cancelled before its frame", () => {
    const clock = manualClock();
    const work = vi.fn();
    const cancel = afterNextPaint(work, clock);
    cancel();
    clock.paintFrame();
    clock.runTasks();
    expect(work).not.toHaveBeenCalled();
  });

  it("never runs work cancelled between its frame and its task", () => {
    const clock = manualClock();
    const work = vi.fn();
    const cancel = afterNextPaint(work, clock);
    clock.paintFrame();
    cancel();
    clock.runTasks();
    expect(work).not.toHaveBeenCalled();
  });
});
