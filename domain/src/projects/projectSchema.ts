import { z } from "zod";
import { limits } from "../config/limits";
import { storedText, timestampSchema } from "../validation/common";
import { tooLong } from "../validation/messages";

export const projectStatuses = ["planned", "active", "on_hold", "completed", "cancelled"] as const;

export const columnKinds = ["open", "done"] as const;

export const boardColumnSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(columnKinds),
});
export type BoardColumn = z.infer<typeof boardColumnSchema>;

export const projectInputSchema = z.object({
  name: storedText()
    .trim()
    .min(1, { error: "validation.required" })
    .max(limits.projectName, tooLong(limits.projectName)),
  customerId: z.string().min(1, { error: "validation.required" }),
  status: z.enum(projectStatuses).default("planned"),
  dueAt: z.date({ error: "validation.dateInvalid" }).nullable().default(null),
  ownerId: z.string().min(1, { error: "validation.required" }),
});
export type ProjectFields = z.output<typeof projectInputSchema>;

// taskCount and doneTaskCount are kept by functions only.
export const projectSchema = projectInputSchema.extend({
  dealId: z.string().nullable(),
  columns: z.array(boardColumnSchema),
  columnIds: z.array(z.string()),
  dueAt: timestampSchema.nullable(),
  taskCount: z.number().int(),
  doneTaskCount: z.number().int(),
  createdBy: z.string(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Project = z.infer<typeof projectSchema>;

// Rules cannot look inside a list of maps, so the column ids ride alongside for task statuses.
export const columnFields = (columns: BoardColumn[]) => ({
  columns,
  columnIds: columns.map((column) => column.id),
});
