import { describe, expect, it } from "vitest";
import { taskFormSchema, taskFormValues } from "./taskFormSchema";

describe("task form", () => {
  it("starts in the given column with medium priority and no date", () => {
    expect(taskFormValues(undefined, "todo")).toMatchObject({
      status: "todo",
      priority: "medium",
      dueAt: null,
    });
  });

  it("keeps the picked moment and the related customer", () => {
    const parsed = taskFormSchema.parse({
      ...taskFormValues(undefined, "review"),
      title: " Tasarım onayı ",
      dueAt: new Date(2026, 11, 1, 10, 30),
      customerId: "a-sirketi",
    });
    expect(parsed).toMatchObject({
      title: "Tasarım onayı",
      dueAt: new Date(2026, 11, 1, 10, 30),
      customerId: "a-sirketi",
      status: "review",
    });
  });

  it("says what is wrong with a title", () => {
    const result = taskFormSchema.safeParse({
      ...taskFormValues(undefined, "todo"),
      title: "x".repeat(201),
    });
    expect(result.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ["title", "validation.tooLong?max=200"],
    ]);
  });
});
