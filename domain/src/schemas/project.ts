import { z } from "zod";
import { timestampSchema } from "./common";

export const projectStatuses = ["planned", "active", "on_hold", "completed", "cancelled"] as const;

export const boardColumnSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(["open", "done"]),
});
export type BoardColumn = z.infer<typeof boardColumnSchema>;

export const projectSchema = z.object({
  name: z.string(),
  customerId: z.string(),
  dealId: z.string().nullable(),
  status: z.enum(projectStatuses),
  columns: z.array(boardColumnSchema),
  columnIds: z.array(z.string()),
  dueAt: timestampSchema.nullable(),
  taskCount: z.number().int(),
  doneTaskCount: z.number().int(),
  createdBy: z.string(),
  createdAt: timestampSchema,
});
export type Project = z.infer<typeof projectSchema>;

// Rules cannot look inside a list of maps, so the column ids ride alongside for task statuses.
export const columnFields = (columns: BoardColumn[]) => ({
  columns,
  columnIds: columns.map((column) => column.id),
});
