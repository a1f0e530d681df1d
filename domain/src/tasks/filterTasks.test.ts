import { describe, expect, it } from "vitest";
import { filterTasks, noTaskFilters } from "./filterTasks";

const tasks = [
  { id: "1", title: "Tasarım onayı", description: "", assigneeId: "ayse", priority: "high" },
  {
    id: "2",
    title: "Kodlama",
    description: "İletişim formu",
    assigneeId: "mehmet",
    priority: "medium",
  },
  { id: "3", title: "Test", description: "", assigneeId: null, priority: "high" },
];
const ids = (filters: Partial<typeof noTaskFilters>) =>
  filterTasks(tasks, { ...noTaskFilters, ...filters }).map((task) => task.id);

describe("filterTasks", () => {
  it("filters by assignee and priority together", () => {
    expect(ids({})).toEqual(["1", "2", "3"]);
    expect(ids({ priority: "high" })).toEqual(["1", "3"]);
    expect(ids({ priority: "high", assigneeId: "ayse" })).toEqual(["1"]);
  });

  it("searches titles and descriptions the Turkish way", () => {
    expect(ids({ text: "TASARIM" })).toEqual(["1"]);
    expect(ids({ text: "ILETISIM" })).toEqual(["2"]);
  });

  it("searches an edited task by its new text (an edit is a new object)", () => {
    const [first] = tasks;
    if (!first) throw new Error("no task");
    const search = (list: typeof tasks, text: string) =>
      filterTasks(list, { ...noTaskFilters, text }).map((task) => task.id);
    expect(search(tasks, "tasarım")).toEqual(["1"]);
    const edited = [{ ...first, title: "Logo çizimi" }, ...tasks.slice(1)];
    expect(search(edited, "tasarım")).toEqual([]);
    expect(search(edited, "LOGO ÇİZİMİ")).toEqual(["1"]);
  });
});
