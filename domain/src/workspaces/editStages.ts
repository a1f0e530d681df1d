import { z } from "zod";
import { limits } from "../config/limits";
import { foldTurkish } from "../text/foldTurkish";
import { type Stage, stageKinds } from "./workspaceSchema";
import { storedText } from "../validation/common";
import { tooLong } from "../validation/messages";

const stageNameSchema = storedText()
  .trim()
  .min(1, { error: "validation.required" })
  .max(limits.stageName, tooLong(limits.stageName));

// What an admin may save as the pipeline: named stages, no two alike, at least one open stage
// for new deals to start in.
export const stageListSchema = z
  .array(
    z.object({
      id: z.string().regex(/^[a-z0-9_]{1,40}$/),
      name: stageNameSchema,
      kind: z.enum(stageKinds),
    }),
  )
  .min(1, { error: "stages.atLeastOne" })
  .max(limits.stages, { error: "stages.tooMany" })
  .superRefine((stages, context) => {
    const seen = new Set<string>();
    stages.forEach((stage, index) => {
      const key = foldTurkish(stage.name);
      if (seen.has(key))
        context.addIssue({
          code: "custom",
          path: [index, "name"],
          message: "stages.duplicateName",
        });
      seen.add(key);
    });
    if (!stages.some((stage) => stage.kind === "open"))
      context.addIssue({ code: "custom", path: [], message: "stages.needsOpen" });
  });

// Stage and column ids are stable: a new one never reuses an id, even one removed a moment ago.
export const newListId = (prefix: string, existing: string[], random: () => string): string => {
  for (;;) {
    const id = `${prefix}_${random()}`;
    if (!existing.includes(id)) return id;
  }
};

export const moveListItem = <Item>(items: Item[], from: number, to: number): Item[] => {
  if (to < 0 || to >= items.length || from === to) return items;
  const next = [...items];
  const [moved] = next.splice(from, 1);
  if (moved !== undefined) next.splice(to, 0, moved);
  return next;
};

// Where a new deal starts: the first open stage.
export const firstOpenStage = (stages: Stage[]): Stage | undefined =>
  stages.find((stage) => stage.kind === "open");
