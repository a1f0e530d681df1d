import { describe, expect, it } from "vitest";
import { defaultColumns } from "./defaultColumns";
import {
  columnListSchema,
  completionChange,
  doneColumnIds,
  firstDoneColumn,
  firstOpenColumn,
} from "./editColumns";

const messages = (value: unknown) =>
  columnListSchema.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];
const columns = defaultColumns("tr");

describe("project columns", () => {
  it("accepts the defaults and knows the done column", () => {
    expect(messages(columns)).toEqual([]);
    expect(doneColumnIds(columns)).toEqual(["done"]);
    expect(firstOpenColumn(columns)?.id).toBe("todo");
    expect(firstDoneColumn(columns)?.id).toBe("done");
  });

  it("needs an open and a done column, and distinct names", () => {
    expect(messages([{ id: "a", name: "Yapılacak", kind: "open" }])).toContain("columns.tooFew");
    expect(
      messages([
        { id: "a", name: "Yapılacak", kind: "open" },
        { id: "b", name: "YAPILACAK", kind: "open" },
      ]),
    ).toEqual(["columns.duplicateName", "columns.needsDone"]);
  });

  it("completes a task entering done and reopens one leaving it", () => {
    expect(completionChange(columns, "review", "done")).toBe("complete");
    expect(completionChange(columns, "done", "todo")).toBe("reopen");
    expect(completionChange(columns, "todo", "review")).toBe("keep");
    expect(completionChange(columns, "done", "done")).toBe("keep");
  });
});
