import { describe, expect, it } from "vitest";
import { filterProjects, noProjectFilters } from "./filterProjects";

const projects = [
  { id: "1", name: "Web Sitesi Yenileme", status: "active", customerId: "a", ownerId: "ayse" },
  { id: "2", name: "Logo", status: "planned", customerId: "i", ownerId: "mehmet" },
  { id: "3", name: "Katalog", status: "active", customerId: "i", ownerId: "ayse" },
] as const;
const names: Record<string, string> = { a: "A Şirketi", i: "Işık Gıda" };
const ids = (filters: Partial<typeof noProjectFilters>) =>
  filterProjects([...projects], { ...noProjectFilters, ...filters }, (id) => names[id] ?? "").map(
    (project) => project.id,
  );

describe("filterProjects", () => {
  it("filters by status, customer and owner together", () => {
    expect(ids({})).toEqual(["1", "2", "3"]);
    expect(ids({ status: "active" })).toEqual(["1", "3"]);
    expect(ids({ status: "active", customerId: "i", ownerId: "ayse" })).toEqual(["3"]);
  });

  it("searches project and customer names the Turkish way", () => {
    expect(ids({ text: "WEB SİTESİ" })).toEqual(["1"]);
    expect(ids({ text: "ışık" })).toEqual(["2", "3"]);
    expect(ids({ text: "isik" })).toEqual(["2", "3"]);
  });
});
