import { describe, expect, it } from "vitest";
import { defaultStages } from "../workspaces/defaultStages";
import { defaultProjectLink, linkableDeals, linkableProjects } from "./projectLinks";

const project = (
  id: string,
  name: string,
  overrides: {
    dealId?: string | null;
    status?: "planned" | "active" | "completed" | "cancelled";
  } = {},
) => ({ id, name, dealId: null, status: "planned" as const, ...overrides });

describe("linkableProjects", () => {
  it("keeps projects with no deal that are not completed or cancelled, by Turkish name order", () => {
    const projects = [
      project("p1", "Web Sitesi Yenileme"),
      project("p2", "Çağrı merkezi", { status: "active" }),
      project("p3", "Bakım", { dealId: "d9" }),
      project("p4", "Eski site", { status: "completed" }),
      project("p5", "İptal", { status: "cancelled" }),
    ];
    expect(linkableProjects(projects).map((item) => item.id)).toEqual(["p2", "p1"]);
  });
});

describe("defaultProjectLink", () => {
  it("is the only linkable project, else a new project (null)", () => {
    expect(defaultProjectLink([{ id: "p1" }])).toBe("p1");
    expect(defaultProjectLink([])).toBeNull();
    expect(defaultProjectLink([{ id: "p1" }, { id: "p2" }])).toBeNull();
  });
});

describe("linkableDeals", () => {
  const stages = defaultStages("tr");
  const deal = (id: string, title: string, stage: string, projectId: string | null = null) => ({
    id,
    title,
    stage,
    projectId,
  });

  it("keeps deals with no project that are not lost, by Turkish title order", () => {
    const deals = [
      deal("d1", "Web Sitesi Yenileme", "proposal"),
      deal("d2", "Çevrimiçi mağaza", "won"),
      deal("d3", "Bakım", "won", "deal-d3"),
      deal("d4", "Afiş", "lost"),
    ];
    expect(linkableDeals(deals, stages).map((item) => item.id)).toEqual(["d2", "d1"]);
  });
});
