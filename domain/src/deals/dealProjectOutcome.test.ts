import { describe, expect, it } from "vitest";
import { dealProjectOutcome, mayGetProject } from "./dealProjectOutcome";

const deal = (overrides: { projectId?: string | null; linkProjectId?: string | null } = {}) => ({
  customerId: "a-sirketi",
  projectId: null,
  linkProjectId: null,
  ...overrides,
});
const free = { customerId: "a-sirketi", dealId: null };

describe("dealProjectOutcome", () => {
  it("creates a won deal's own project when no link was asked for", () => {
    expect(
      dealProjectOutcome({ deal: deal(), won: true, requested: null, ownProjectExists: false }),
    ).toBe("create");
  });

  it("links a won or open deal to the requested project of its customer that has no deal", () => {
    for (const won of [true, false])
      expect(
        dealProjectOutcome({
          deal: deal({ linkProjectId: "p1" }),
          won,
          requested: free,
          ownProjectExists: false,
        }),
      ).toBe("link");
  });

  it("falls back to a new project when the requested one was taken, is gone or is another customer's", () => {
    for (const requested of [
      { customerId: "a-sirketi", dealId: "d-other" },
      null,
      { customerId: "b-sirketi", dealId: null },
    ])
      expect(
        dealProjectOutcome({
          deal: deal({ linkProjectId: "p1" }),
          won: true,
          requested,
          ownProjectExists: false,
        }),
      ).toBe("create");
  });

  it("does nothing for an open deal whose link cannot be made", () => {
    expect(
      dealProjectOutcome({
        deal: deal({ linkProjectId: "p1" }),
        won: false,
        requested: { customerId: "a-sirketi", dealId: "d-other" },
        ownProjectExists: false,
      }),
    ).toBe("none");
    expect(
      dealProjectOutcome({ deal: deal(), won: false, requested: null, ownProjectExists: false }),
    ).toBe("none");
  });

  it("never makes a second project or link once the deal has its project", () => {
    expect(
      dealProjectOutcome({
        deal: deal({ projectId: "p1", linkProjectId: "p1" }),
        won: true,
        requested: free,
        ownProjectExists: false,
      }),
    ).toBe("none");
    expect(
      dealProjectOutcome({
        deal: deal({ projectId: "deal-d1" }),
        won: true,
        requested: null,
        ownProjectExists: false,
      }),
    ).toBe("none");
    expect(
      dealProjectOutcome({ deal: null, won: true, requested: null, ownProjectExists: false }),
    ).toBe("none");
  });

  it("notes a won deal's existing own project instead of creating it again", () => {
    expect(
      dealProjectOutcome({ deal: deal(), won: true, requested: null, ownProjectExists: true }),
    ).toBe("adopt");
  });
});

describe("mayGetProject", () => {
  it("lets through only a deal without a project that is won or asks for a link", () => {
    expect(mayGetProject({ projectId: null, linkProjectId: null }, true)).toBe(true);
    expect(mayGetProject({ projectId: null, linkProjectId: "p1" }, false)).toBe(true);
    expect(mayGetProject({ projectId: null, linkProjectId: null }, false)).toBe(false);
    expect(mayGetProject({ projectId: "deal-1", linkProjectId: null }, true)).toBe(false);
    expect(mayGetProject({ projectId: "deal-1", linkProjectId: "p1" }, false)).toBe(false);
  });
});
