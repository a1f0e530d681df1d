import { describe, expect, it } from "vitest";
import { stageSchema } from "../schemas/workspace";
import { defaultColumns } from "./defaultColumns";
import { defaultStages } from "./defaultStages";

describe("default stages", () => {
  it("has the contract's stable ids in order, one won and one lost", () => {
    const stages = defaultStages("tr");
    expect(stages.map((stage) => stage.id)).toEqual([
      "lead",
      "contacted",
      "proposal",
      "negotiation",
      "won",
      "lost",
    ]);
    expect(stages.filter((stage) => stage.kind === "won")).toHaveLength(1);
    expect(stages.filter((stage) => stage.kind === "lost")).toHaveLength(1);
    for (const stage of stages) expect(stageSchema.parse(stage)).toEqual(stage);
  });

  it("names stages in the creator's language", () => {
    expect(defaultStages("tr")[2]?.name).toBe("Teklif Verildi");
    expect(defaultStages("en")[2]?.name).toBe("Proposal sent");
  });

  it("has one done column among the default project columns", () => {
    const columns = defaultColumns("tr");
    expect(columns.map((column) => column.id)).toEqual(["todo", "in_progress", "review", "done"]);
    expect(columns.filter((column) => column.kind === "done").map((column) => column.name)).toEqual(
      ["Tamamlandı"],
    );
  });
});
