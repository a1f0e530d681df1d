import { z } from "zod";
import { limits } from "../config/limits";
import { type BoardColumn, columnKinds } from "./projectSchema";
import { foldTurkish } from "../text/foldTurkish";
import { storedText } from "../validation/common";
import { tooLong } from "../validation/messages";

// What a project's board may be: named columns, no two alike, somewhere for open work and one
// kind that counts as done for progress.
export const columnListSchema = z
  .array(
    z.object({
      id: z.string().regex(/^[a-z0-9_]{1,40}$/),
      name: storedText()
        .trim()
        .min(1, { error: "validation.required" })
        .max(limits.columnName, tooLong(limits.columnName)),
      kind: z.enum(columnKinds),
    }),
  )
  .min(2, { error: "columns.tooFew" })
  .max(limits.columns, { error: "columns.tooMany" })
  .superRefine((columns, context) => {
    const seen = new Set<string>();
    columns.forEach((column, index) => {
      const key = foldTurkish(column.name);
      if (seen.has(key))
        context.addIssue({
          code: "custom",
          path: [index, "name"],
          message: "columns.duplicateName",
        });
      seen.add(key);
    });
    if (!columns.some((column) => column.kind === "done"))
      context.addIssue({ code: "custom", path: [], message: "columns.needsDone" });
    if (!columns.some((column) => column.kind === "open"))
      context.addIssue({ code: "custom", path: [], message: "columns.needsOpen" });
  });

export const doneColumnIds = (columns: BoardColumn[]) =>
  columns.filter((column) => column.kind === "done").map((column) => column.id);

export const firstOpenColumn = (columns: BoardColumn[]) =>
  columns.find((column) => column.kind === "open");

export const firstDoneColumn = (columns: BoardColumn[]) =>
  columns.find((column) => column.kind === "done");

// Entering a done column stamps completedAt; leaving done clears it; moving within keeps it.
export const completionChange = (
  columns: BoardColumn[],
  from: string,
  to: string,
): "complete" | "reopen" | "keep" => {
  const done = doneColumnIds(columns);
  if (done.includes(to) === done.includes(from)) return "keep";
  return done.includes(to) ? "complete" : "reopen";
};
