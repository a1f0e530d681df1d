import { describe, expect, it } from "vitest";
import { stageSchema } from "./workspaceSchema";
import { columnsIn, defaultColumns } from "../projects/defaultColumns";
import { defaultStages, stagesIn } from "./defaultStages";

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
    expect(defaultStages("tr")[2]?.name).toBe("Teklif verildi");
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

describe("default names in the reader's language", () => {
  it("shows default stages in the reader's language, whichever language created them", () => {
    expect(stagesIn(defaultStages("tr"), "en").map((stage) => stage.name)).toEqual(
      defaultStages("en").map((stage) => stage.name),
    );
    expect(stagesIn(defaultStages("en"), "tr")[4]).toEqual(defaultStages("tr")[4]);
    expect(stagesIn(defaultStages("tr"), "tr")).toEqual(defaultStages("tr"));
  });

  it("keeps a renamed stage's name, and a default name on another stage's id", () => {
    const stages = [
      { id: "lead", kind: "open" as const, name: "Soğuk liste" },
      { id: "stage_x1", kind: "open" as const, name: "Yeni" },
      { id: "proposal", kind: "open" as const, name: "Proposal sent" },
    ];
    expect(stagesIn(stages, "tr").map((stage) => stage.name)).toEqual([
      "Soğuk liste",
      "Yeni",
      "Teklif verildi",
    ]);
  });

  it("still reads the default names Pano gave before as defaults", () => {
    const stored = [
      { id: "proposal", kind: "open" as const, name: "Teklif Verildi" },
      { id: "won", kind: "won" as const, name: "Kapandı – Kazanıldı" },
    ];
    expect(stagesIn(stored, "tr").map((stage) => stage.name)).toEqual([
      "Teklif verildi",
      "Kapandı – kazanıldı",
    ]);
    expect(stagesIn(stored, "en").map((stage) => stage.name)).toEqual([
      "Proposal sent",
      "Closed – won",
    ]);
    const column = [{ id: "in_progress", kind: "open" as const, name: "Devam Ediyor" }];
    expect(columnsIn(column, "tr")[0]?.name).toBe("Devam ediyor");
    expect(columnsIn(column, "en")[0]?.name).toBe("In progress");
  });

  it("shows default project columns in the reader's language", () => {
    expect(columnsIn(defaultColumns("tr"), "en").map((column) => column.name)).toEqual([
      "To do",
      "In progress",
      "In review",
      "Done",
    ]);
    const renamed = [{ id: "done", kind: "done" as const, name: "Yayında" }];
    expect(columnsIn(renamed, "en")).toEqual(renamed);
  });
});
