import { describe, expect, it } from "vitest";
import { compareTodos, isOverdue } from "./todoOrder";

const todo = (
  title: string,
  status: string,
  dueAt: Date | null,
  completedAt: Date | null = null,
) => ({
  title,
  status,
  done: status === "done",
  dueAt,
  completedAt,
});
const day = (n: number) => new Date(Date.UTC(2026, 10, n, 9));

describe("to-do order", () => {
  it("lists open to-dos by due date, undated last, then done ones latest first", () => {
    const todos = [
      todo("Sözleşme", "done", day(1), day(3)),
      todo("Arama", "todo", null),
      todo("Teklif gönder", "todo", day(20)),
      todo("Fatura", "done", day(2), day(5)),
      todo("Toplantı", "todo", day(10)),
    ];
    expect([...todos].sort(compareTodos).map((item) => item.title)).toEqual([
      "Toplantı",
      "Teklif gönder",
      "Arama",
      "Fatura",
      "Sözleşme",
    ]);
  });

  it("calls an open to-do past its due time overdue, never a done one", () => {
    expect(isOverdue(todo("a", "todo", day(1)), day(2))).toBe(true);
    expect(isOverdue(todo("a", "todo", day(3)), day(2))).toBe(false);
    expect(isOverdue(todo("a", "done", day(1)), day(2))).toBe(false);
    expect(isOverdue(todo("a", "todo", null), day(2))).toBe(false);
  });
});
