import { describe, expect, it } from "vitest";
import {
  dealContribution,
  interactionContribution,
  lostReasonKey,
  projectContribution,
  taskContribution,
} from "./contributions";

const deal = {
  stage: "proposal",
  value: 45000.5,
  currency: "TRY" as const,
  ownerId: "u-ayse",
  lostReason: null,
  createdAt: new Date("2026-10-01T09:00:00+03:00"),
};

describe("dealContribution", () => {
  it("counts an open deal in the pipeline under its stage and currency", () => {
    expect(dealContribution(deal, "open", null)).toEqual([
      { doc: "pipeline", path: ["openByStage", "proposal", "count"], amount: 1 },
      { doc: "pipeline", path: ["openByStage", "proposal", "value", "TRY"], amount: 45000.5 },
    ]);
  });

  it("counts a won deal in the Istanbul month it was won, with its owner and its days", () => {
    const wonAt = new Date("2026-10-31T22:00:00Z"); // 1 November, 01:00 in Istanbul
    expect(dealContribution({ ...deal, stage: "won", currency: "USD" }, "won", wonAt)).toEqual([
      { doc: "month-2026-11", path: ["won", "count"], amount: 1 },
      { doc: "month-2026-11", path: ["won", "value", "USD"], amount: 45000.5 },
      { doc: "month-2026-11", path: ["won", "byOwner", "u-ayse", "count"], amount: 1 },
      { doc: "month-2026-11", path: ["won", "byOwner", "u-ayse", "value", "USD"], amount: 45000.5 },
      { doc: "month-2026-11", path: ["won", "countByCurrency", "USD"], amount: 1 },
      {
        doc: "month-2026-11",
        path: ["won", "byOwner", "u-ayse", "countByCurrency", "USD"],
        amount: 1,
      },
      { doc: "month-2026-11", path: ["won", "cycleDays"], amount: 30 + 16 / 24 },
    ]);
  });

  it("counts a lost deal with its reason, or under no reason", () => {
    const lostAt = new Date("2026-11-05T12:00:00Z");
    const withReason = dealContribution({ ...deal, lostReason: " Fiyat yüksek " }, "lost", lostAt);
    expect(withReason.at(-1)).toEqual({
      doc: "month-2026-11",
      path: ["lost", "reasons", "Fiyat yüksek"],
      amount: 1,
    });
    expect(dealContribution(deal, "lost", lostAt).at(-1)?.path).toEqual([
      "lost",
      "reasons",
      "_none",
    ]);
    expect(withReason.map((increment) => increment.path[0])).not.toContain("won");
  });

  it("counts a deal on a stage that no longer exists nowhere", () => {
    expect(dealContribution(deal, undefined, null)).toEqual([]);
  });
});

describe("lostReasonKey", () => {
  it("keeps a reason Firestore could not store as a field name storable", () => {
    expect(lostReasonKey("__name__")).toBe(" __name__");
    expect(Array.from(lostReasonKey("🚀".repeat(500)))).toHaveLength(300);
  });
});

describe("interactionContribution", () => {
  it("counts an interaction in its month, type, author, week and customer", () => {
    const increments = interactionContribution({
      type: "call",
      occurredAt: new Date("2026-11-01T10:00:00+03:00"),
      createdBy: "u-zeynep",
      customerId: "c1",
    });
    expect(increments.map((increment) => [increment.doc, ...increment.path])).toEqual([
      ["month-2026-11", "interactions", "count"],
      ["month-2026-11", "interactions", "byType", "call"],
      ["month-2026-11", "interactions", "byMember", "u-zeynep"],
      // Sunday 1 November is in the week of Monday 26 October, split between the two months.
      ["month-2026-11", "interactions", "byWeek", "2026-10-26", "call"],
      ["month-2026-11", "interactions", "customers", "c1"],
    ]);
  });
});

describe("taskContribution", () => {
  it("counts a done task in the month and week it was done, under its assignee or no one", () => {
    const completedAt = new Date("2026-11-24T15:00:00+03:00");
    expect(
      taskContribution({ assigneeId: null, dueAt: null, completedAt }).map((increment) => [
        increment.doc,
        ...increment.path,
      ]),
    ).toEqual([
      ["month-2026-11", "tasks", "completed"],
      ["month-2026-11", "tasks", "completedByWeek", "2026-11-23"],
      ["month-2026-11", "tasks", "completedByAssignee", "_none"],
    ]);
  });

  it("counts an open task in the pipeline under its assignee and Istanbul due day", () => {
    expect(
      taskContribution({
        assigneeId: "u1",
        dueAt: new Date("2026-11-30T22:00:00Z"),
        completedAt: null,
      }),
    ).toEqual([
      { doc: "pipeline", path: ["openTasksByAssignee", "u1", "count"], amount: 1 },
      { doc: "pipeline", path: ["openTasksByAssignee", "u1", "dueByDay", "2026-12-01"], amount: 1 },
    ]);
    expect(taskContribution({ assigneeId: "u1", dueAt: null, completedAt: null })[1]?.path).toEqual(
      ["openTasksByAssignee", "u1", "dueByDay", "_none"],
    );
  });
});

describe("projectContribution", () => {
  it("counts a project under its status", () => {
    expect(projectContribution({ status: "on_hold" })).toEqual([
      { doc: "pipeline", path: ["projectsByStatus", "on_hold"], amount: 1 },
    ]);
  });
});
