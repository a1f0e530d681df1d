import { describe, expect, it } from "vitest";
import type { Stage } from "../workspaces/workspaceSchema";
import { buildReport, type ReportInput } from "./buildReport";
import { monthStatsSchema, noOne, pipelineStatsSchema, type MonthStats } from "./statsSchema";

const stages: Stage[] = [
  { id: "lead", kind: "open", name: "Yeni" },
  { id: "proposal", kind: "open", name: "Teklif verildi" },
  { id: "won", kind: "won", name: "Kazanıldı" },
  { id: "lost", kind: "lost", name: "Kaybedildi" },
];
const names: Record<string, string> = { ayse: "Ayşe", cem: "Cem", can: "Can", zeynep: "Zeynep" };

const month = (key: string, fields: Record<string, unknown> = {}): MonthStats =>
  monthStatsSchema.parse({ month: key, ...fields });

const march = month("2026-03", {
  won: {
    count: 3,
    value: { TRY: 3000.75, EUR: 500, USD: 0 },
    cycleDays: 30,
    byOwner: {
      ayse: { count: 2, value: { TRY: 3000.75 } },
      cem: { count: 1, value: { EUR: 500 } },
      zeynep: { count: 0, value: {} },
    },
  },
  lost: {
    count: 1,
    value: { TRY: 100 },
    byOwner: { cem: { count: 1, value: { TRY: 100 } } },
    reasons: { "Zaman yok": 2, "Çok pahalı": 2, "Cevap yok": 2, Bütçe: 5, Eski: 0 },
  },
  interactions: {
    count: 4,
    byType: { call: 3, email: 1 },
    byMember: { cem: 2, ayse: 2, zeynep: 0 },
    byWeek: { "2026-03-30": { call: 1 }, "2026-03-02": { call: 2, email: 1 } },
    customers: { c1: 3, c2: 1, c3: 0 },
  },
  tasks: {
    completed: 2,
    completedByWeek: { "2026-03-09": 2 },
    completedByAssignee: { zeynep: 2 },
  },
});
const april = month("2026-04", {
  won: {
    count: 1,
    value: { TRY: 1000 },
    cycleDays: 10,
    byOwner: { ayse: { count: 1, value: { TRY: 1000 } } },
  },
  interactions: { count: 1, byType: { meeting: 1 }, byWeek: { "2026-03-30": { meeting: 1 } } },
});
const pipeline = pipelineStatsSchema.parse({
  openByStage: {
    proposal: { count: 2, value: { TRY: 1500.75, USD: 200 } },
    gone: { count: 1, value: { TRY: 50 } },
    older: { count: 1, value: { EUR: 10 } },
    empty: { count: 0, value: {} },
  },
  openTasksByAssignee: {
    zeynep: {
      count: 4,
      dueByDay: { "2026-04-09": 1, "2026-04-10": 1, "2026-04-11": 1, [noOne]: 1 },
    },
    can: { count: 1, dueByDay: { "2026-04-01": 0 } },
  },
});

const input = (overrides: Partial<ReportInput> = {}): ReportInput => ({
  pipeline,
  months: [march, april],
  range: { from: "2026-02", to: "2026-04" },
  stages,
  ownerId: null,
  today: "2026-04-10",
  nameOf: (uid) => names[uid] ?? "",
  ...overrides,
});

describe("buildReport", () => {
  it("sums the period per currency, never across currencies", () => {
    const { summary } = buildReport(input());
    expect(summary.openPipeline).toEqual({
      count: 4,
      value: [
        { currency: "TRY", amount: 1550.75 },
        { currency: "USD", amount: 200 },
        { currency: "EUR", amount: 10 },
      ],
    });
    expect(summary.won).toEqual({
      count: 4,
      value: [
        { currency: "TRY", amount: 4000.75 },
        { currency: "EUR", amount: 500 },
      ],
    });
    expect(summary.lostCount).toBe(1);
    expect(summary.winRate).toBe(0.8);
    expect(summary.averageWon).toEqual({ kind: "mixed" });
    expect(summary.averageCycleDays).toBe(10);
  });

  it("narrows won and lost to one owner and leaves the team's pipeline and cycle alone", () => {
    const report = buildReport(input({ ownerId: "ayse" }));
    expect(report.summary.won).toEqual({ count: 3, value: [{ currency: "TRY", amount: 4000.75 }] });
    expect(report.summary.lostCount).toBe(0);
    expect(report.summary.winRate).toBe(1);
    expect(report.summary.averageWon).toEqual({
      kind: "perCurrency",
      value: [{ currency: "TRY", amount: 4000.75 / 3 }],
    });
    expect(report.summary.openPipeline.count).toBe(4);
    expect(report.summary.averageCycleDays).toBe(10);
    expect(report.owners.map((row) => row.ownerId)).toEqual(["ayse"]);
    expect(report.wonLostByMonth.map((row) => row.won)).toEqual([0, 2, 1]);
  });

  it("reads only the months of the period", () => {
    const report = buildReport(input({ range: { from: "2026-04", to: "2026-04" } }));
    expect(report.summary.won.count).toBe(1);
    expect(report.summary.winRate).toBe(1);
    expect(report.lostReasons).toEqual([]);
  });

  it("shows the pipeline in board order with removed stages grouped", () => {
    expect(buildReport(input()).pipelineByStage).toEqual([
      { stageId: "lead", name: "Yeni", count: 0, value: [] },
      {
        stageId: "proposal",
        name: "Teklif verildi",
        count: 2,
        value: [
          { currency: "TRY", amount: 1500.75 },
          { currency: "USD", amount: 200 },
        ],
      },
      {
        stageId: null,
        name: "",
        count: 2,
        value: [
          { currency: "TRY", amount: 50 },
          { currency: "EUR", amount: 10 },
        ],
      },
    ]);
  });

  it("gives every month of the period a won/lost bar and merges a week split over two months", () => {
    const report = buildReport(input());
    expect(report.wonLostByMonth).toEqual([
      { month: "2026-02", won: 0, lost: 0 },
      { month: "2026-03", won: 3, lost: 1 },
      { month: "2026-04", won: 1, lost: 0 },
    ]);
    expect(report.interactionsByWeek).toEqual([
      { week: "2026-03-02", email: 1, call: 2, note: 0, meeting: 0 },
      { week: "2026-03-30", email: 0, call: 1, note: 0, meeting: 1 },
    ]);
  });

  it("counts a task overdue once its day is before today, and not one without a deadline", () => {
    const report = buildReport(input());
    expect(report.tasksByAssignee).toEqual([{ assigneeId: "zeynep", completed: 2, overdue: 1 }]);
    expect(report.tasksCompletedByWeek).toEqual([{ week: "2026-03-09", completed: 2 }]);
  });

  it("sorts tables by count, ties in Turkish alphabetical order, and drops zero keys", () => {
    const report = buildReport(input());
    expect(report.lostReasons).toEqual([
      { reason: "Bütçe", count: 5 },
      { reason: "Cevap yok", count: 2 },
      { reason: "Çok pahalı", count: 2 },
      { reason: "Zaman yok", count: 2 },
    ]);
    expect(report.interactionsByMember).toEqual([
      { memberId: "ayse", count: 2 },
      { memberId: "cem", count: 2 },
    ]);
    expect(report.owners).toEqual([
      {
        ownerId: "ayse",
        wonCount: 3,
        wonValue: [{ currency: "TRY", amount: 4000.75 }],
        lostCount: 0,
        winRate: 1,
      },
      {
        ownerId: "cem",
        wonCount: 1,
        wonValue: [{ currency: "EUR", amount: 500 }],
        lostCount: 1,
        winRate: 0.5,
      },
    ]);
    expect(report.customersByMonth).toEqual([
      { month: "2026-02", customers: 0, interactions: 0 },
      { month: "2026-03", customers: 2, interactions: 4 },
      { month: "2026-04", customers: 0, interactions: 1 },
    ]);
  });

  it("has no data in a workspace without stats, or with only zeros left behind", () => {
    const empty = buildReport(input({ pipeline: null, months: [] }));
    expect(empty.hasData).toBe(false);
    expect(empty.summary.winRate).toBeNull();
    expect(empty.summary.averageWon).toEqual({ kind: "none" });
    expect(empty.summary.averageCycleDays).toBeNull();
    const zeros = buildReport(
      input({
        pipeline: pipelineStatsSchema.parse({
          openByStage: { lead: { count: 0, value: { TRY: 0 } } },
          openTasksByAssignee: { can: { count: 0, dueByDay: { "2026-01-01": 0 } } },
        }),
        months: [
          month("2026-03", { won: { count: 0, value: { TRY: 0 }, byOwner: {}, cycleDays: 0 } }),
        ],
      }),
    );
    expect(zeros.hasData).toBe(false);
    expect(buildReport(input()).hasData).toBe(true);
  });
});
