import { describe, expect, it } from "vitest";
import { groupMyTasks, myTaskGroup } from "./myTaskGroups";

// Wednesday 25 November 2026, 10:00 local time.
const now = new Date(2026, 10, 25, 10, 0);
const at = (day: number, hour = 12) => new Date(2026, 10, day, hour, 0);

describe("my task groups", () => {
  it("puts a task in overdue, today, this week (to Sunday), later or no date", () => {
    expect(myTaskGroup(at(25, 9), now)).toBe("overdue");
    expect(myTaskGroup(at(20), now)).toBe("overdue");
    expect(myTaskGroup(at(25, 18), now)).toBe("today");
    expect(myTaskGroup(at(26), now)).toBe("thisWeek");
    expect(myTaskGroup(at(29, 23), now)).toBe("thisWeek");
    expect(myTaskGroup(at(30, 9), now)).toBe("later");
    expect(myTaskGroup(null, now)).toBe("noDate");
  });

  it("keeps a Sunday's this week to that very day", () => {
    const sunday = new Date(2026, 10, 29, 8, 0);
    expect(myTaskGroup(at(29, 20), sunday)).toBe("today");
    expect(myTaskGroup(at(30, 9), sunday)).toBe("later");
  });

  it("sorts each group soonest first", () => {
    const groups = groupMyTasks(
      [{ dueAt: at(28) }, { dueAt: at(26) }, { dueAt: null }, { dueAt: at(1) }],
      now,
    );
    expect(groups.thisWeek.map((task) => task.dueAt?.getDate())).toEqual([26, 28]);
    expect(groups.overdue).toHaveLength(1);
    expect(groups.noDate).toHaveLength(1);
  });
});
