import { z } from "zod";
import { limits } from "../config/limits";
import { storedText, timestampSchema } from "../validation/common";
import { tooLong } from "../validation/messages";

export const taskPriorities = ["low", "medium", "high", "urgent"] as const;
export type TaskPriority = (typeof taskPriorities)[number];

// A task outside any project (a customer or deal to-do) is either open or done.
export const todoStatuses = { open: "todo", done: "done" } as const;

export const taskInputSchema = z.object({
  title: storedText()
    .trim()
    .min(1, { error: "validation.required" })

    .max(limits.taskTitle, tooLong(limits.taskTitle)),
  description: storedText().trim().max(limits.body, tooLong(limits.body)).default(""),
  assigneeId: z.string().nullable().default(null),
  dueAt: z.date({ error: "validation.dateInvalid" }).nullable().default(null),
  priority: z.enum(taskPriorities).default("medium"),
});
export type TaskFields = z.output<typeof taskInputSchema>;

export const taskSchema = taskInputSchema.extend({
  projectId: z.string().nullable(),
  customerId: z.string().nullable(),
  dealId: z.string().nullable(),
  status: z.string(),
  rank: z.string(),
  completedAt: timestampSchema.nullable(),
  createdBy: z.string(),
  createdAt: timestampSchema,
  // Who made the last write (the rules hold a client to its own uid), so a function can tell a
  // task someone assigned to you from one you took yourself; documents written before it lack it.
  updatedBy: z.string().nullable().default(null),
  updatedAt: timestampSchema,
});
export type Task = z.infer<typeof taskSchema>;
