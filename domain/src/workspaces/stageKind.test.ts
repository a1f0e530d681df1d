import { describe, expect, it } from "vitest";
import { defaultStages } from "./defaultStages";
import { isWonStage, stageKind, wonDealProjectId } from "./stageKind";

describe("stageKind", () => {
  const stages = defaultStages("tr");

  it("finds the kind of a workspace stage", () => {
    expect(stageKind(stages, "proposal")).toBe("open");
    expect(stageKind(stages, "lost")).toBe("lost");
    expect(stageKind(stages, "missing")).toBeUndefined();
  });

  it("knows a won stage by its kind, whatever its id or name", () => {
    expect(isWonStage(stages, "won")).toBe(true);
    expect(isWonStage([{ id: "signed", name: "İmzalandı", kind: "won" }], "signed")).toBe(true);
    expect(isWonStage(stages, "negotiation")).toBe(false);
  });

  it("derives one project id per deal", () => {
    expect(wonDealProjectId("abc")).toBe("deal-abc");
  });
});
