import { describe, expect, it } from "vitest";
import type { BoardColumn } from "../projects/projectSchema";
import { dropTask, putBackOpen, sendTaskToColumn, todoColumns } from "./taskMove";

const columns: BoardColumn[] = [
  { id: "backlog", name: "Sırada", kind: "open" },
  { id: "doing", name: "Yapılıyor", kind: "open" },
  { id: "shipped", name: "Yayında", kind: "done" },
  { id: "archive", name: "Arşiv", kind: "done" },
];
const task = (id: string, status: string, rank: string) => ({ id, projectId: "p1", status, rank });
const todo = (id: string, status: string, rank: string) => ({ id, projectId: null, status, rank });

describe("dropTask", () => {
  it("writes the drop's column and rank", () => {
    expect(dropTask(columns, task("t1", "backlog", "a0"), { column: "doing", rank: "a3" })).toEqual(
      { status: "doing", rank: "a3", completion: "keep" },
    );
  });

  it("completes a task dropped into a done column and reopens one dropped out of it", () => {
    const placement = { column: "shipped", rank: "a1" };
    expect(dropTask(columns, task("t1", "doing", "a0"), placement).completion).toBe("complete");
    expect(
      dropTask(columns, task("t1", "shipped", "a0"), { column: "backlog", rank: "a1" }).completion,
    ).toBe("reopen");
  });

  it("keeps completion on a reorder inside a column and between two done columns", () => {
    expect(
      dropTask(columns, task("t1", "shipped", "a0"), { column: "shipped", rank: "a5" }),
    ).toEqual({ status: "shipped", rank: "a5", completion: "keep" });
    expect(
      dropTask(columns, task("t1", "shipped", "a0"), { column: "archive", rank: "a5" }).completion,
    ).toBe("keep");
  });
});

describe("sendTaskToColumn", () => {
  it("puts the task after the last card of the column it enters, whatever order they come in", () => {
    const cards = [
      task("x", "shipped", "a2"),
      task("y", "shipped", "a7"),
      task("z", "shipped", "a4"),
    ];
    const move = sendTaskToColumn(columns, task("t1", "doing", "a9"), "shipped", cards);
    expect(move.status).toBe("shipped");
    expect(move.completion).toBe("complete");
    expect(move.rank > "a7").toBe(true);
  });

  it("gives the only card of an empty column a rank, and reopens a task leaving done", () => {
    const move = sendTaskToColumn(columns, task("t1", "shipped", "a3"), "backlog", []);
    expect(move).toEqual({ status: "backlog", rank: expect.any(String), completion: "reopen" });
  });

  it("leaves the task itself out when it is among the column's cards", () => {
    const others = [task("x", "doing", "a1")];
    const moving = task("t1", "backlog", "a5");
    expect(
      sendTaskToColumn(columns, moving, "doing", [...others, { id: "t1", rank: "a5" }]),
    ).toEqual(sendTaskToColumn(columns, moving, "doing", others));
  });

  it("changes nothing when the task is already in that column", () => {
    const cards = [task("x", "shipped", "a7")];
    expect(sendTaskToColumn(columns, task("t1", "shipped", "a2"), "shipped", cards)).toEqual({
      status: "shipped",
      rank: "a2",
      completion: "keep",
    });
  });

  it("gives tasks completed one after the other different, increasing ranks", () => {
    // The old tick put every completed project task at one constant rank, so they tied.
    const done = [task("old", "shipped", "a5")];
    const first = sendTaskToColumn(columns, task("t1", "doing", "a1"), "shipped", done);
    const second = sendTaskToColumn(columns, task("t2", "backlog", "a0"), "shipped", [
      ...done,
      { id: "t1", rank: first.rank },
    ]);
    expect(first.rank > "a5").toBe(true);
    expect(second.rank > first.rank).toBe(true);
  });

  it("goes past cards tied at the end of the column", () => {
    const tied = [task("x", "shipped", "a0"), task("y", "shipped", "a0")];
    expect(sendTaskToColumn(columns, task("t1", "doing", "a1"), "shipped", tied).rank > "a0").toBe(
      true,
    );
  });

  it("ticks a to-do between its two statuses and keeps its rank", () => {
    const cards = [todo("x", "done", "a9")];
    expect(sendTaskToColumn(todoColumns, todo("t1", "todo", "a1"), "done", cards)).toEqual({
      status: "done",
      rank: "a1",
      completion: "complete",
    });
    expect(sendTaskToColumn(todoColumns, todo("t1", "done", "a1"), "todo", [])).toEqual({
      status: "todo",
      rank: "a1",
      completion: "reopen",
    });
  });
});

describe("putBackOpen", () => {
  it("puts an open task back where it was, clearing the completion its tick stamped", () => {
    expect(putBackOpen(task("t1", "doing", "a5"))).toEqual({
      status: "doing",
      rank: "a5",
      completion: "reopen",
    });
  });
});
