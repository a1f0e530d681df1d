import { describe, expect, it } from "vitest";
import { taskLink } from "./notificationLinks";

describe("taskLink", () => {
  it("opens the task on its project, else on its deal, else on its customer", () => {
    const task = { projectId: "p1", dealId: "d1", customerId: "c1" };
    expect(taskLink("w1", "t1", task)).toBe("/w/w1/projects/p1?task=t1");
    expect(taskLink("w1", "t1", { ...task, projectId: null })).toBe("/w/w1/deals/d1?task=t1");
    expect(taskLink("w1", "t1", { ...task, projectId: null, dealId: null })).toBe(
      "/w/w1/customers/c1?task=t1",
    );
    expect(taskLink("w1", "t1", { projectId: null, dealId: null, customerId: null })).toBe(
      "/w/w1/tasks?task=t1",
    );
  });

  it("keeps an id with unusual characters in one parameter", () => {
    expect(taskLink("w1", "a&b=c", { projectId: "p1", dealId: null, customerId: null })).toBe(
      "/w/w1/projects/p1?task=a%26b%3Dc",
    );
  });
});
