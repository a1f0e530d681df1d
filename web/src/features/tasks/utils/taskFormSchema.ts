import { z } from "zod";
import { taskInputSchema, type Task } from "@pano/domain";

// The task drawer: the domain's task fields plus its column and related customer.
export const taskFormSchema = taskInputSchema.extend({
  customerId: z.string().nullable(),
  status: z.string().min(1),
});

export type TaskFormValues = z.input<typeof taskFormSchema>;

export const taskFormValues = (task: Task | undefined, status: string): TaskFormValues => ({
  title: task?.title ?? "",
  description: task?.description ?? "",
  assigneeId: task?.assigneeId ?? null,
  dueAt: task?.dueAt ?? null,
  priority: task?.priority ?? "medium",
  customerId: task?.customerId ?? null,
  status: task?.status ?? status,
});
