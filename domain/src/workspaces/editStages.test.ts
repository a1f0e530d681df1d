import { describe, expect, it } from "vitest";
import { defaultStages } from "./defaultStages";
import { firstOpenStage, moveListItem, newListId, stageListSchema } from "./editStages";

const messages = (value: unknown) =>
  stageListSchema.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];

describe("stage list", () => {
  it("accepts the defaults", () => {
    expect(messages(defaultStages("tr"))).toEqual([]);
  });

  it("refuses an empty list, empty names and names that differ only in case", () => {
    expect(messages([])).toContain("stages.atLeastOne");
    expect(messages([{ id: "a", name: " ", kind: "open" }])).toContain("validation.required");
    expect(
      messages([
        { id: "a", name: "İletişim", kind: "open" },
        { id: "b", name: "ILETIŞIM", kind: "won" },
      ]),
    ).toEqual(["stages.duplicateName"]);
  });

  it("needs an open stage for new deals", () => {
    expect(messages([{ id: "won", name: "Kazanıldı", kind: "won" }])).toEqual(["stages.needsOpen"]);
  });
});

describe("stage editing helpers", () => {
  it("makes a new id that was never used", () => {
    const values = ["x1", "x1", "x2"];
    expect(newListId("stage", ["stage_x1"], () => values.shift() ?? "z")).toBe("stage_x2");
  });

  it("moves a stage and ignores moves off the ends", () => {
    const stages = defaultStages("en");
    expect(
      moveListItem(stages, 2, 0)
        .map((stage) => stage.id)
        .slice(0, 3),
    ).toEqual(["proposal", "lead", "contacted"]);
    expect(moveListItem(stages, 0, -1)).toBe(stages);
  });

  it("starts new deals in the first open stage", () => {
    expect(firstOpenStage(defaultStages("tr"))?.id).toBe("lead");
  });
});
