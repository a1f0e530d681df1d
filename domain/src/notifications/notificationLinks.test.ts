import { describe, expect, it } from "vitest";
import { taskLink } from "./notificationLinks";

describe("taskLink", () => {
  it("opens the project, else the deal, else the customer the task belongs to", () => {
    const task = { projectId: "p1", dealId: "d1", customerId: "c1" };
    expect(taskLink("w1", task)).toBe("/w/w1/projects/p1");
    expect(taskLink("w1", { ...task, projectId: null })).toBe("/w/w1/deals/d1");
    expect(taskLink("w1", { ...task, projectId: null, dealId: null })).toBe("/w/w1/customers/c1");
    expect(taskLink("w1", { projectId: null, dealId: null, customerId: null })).toBe("/w/w1/tasks");
  });
});
