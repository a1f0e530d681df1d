import { z } from "zod";
import { taskInputSchema, taskPriorities, type Task } from "@pano/domain";
import { fromDateTimeInput, toDateTimeInput } from "@/lib/dateTimeInput";

const taskDrawerSchema = taskInputSchema.extend({
  customerId: z.string().nullable(),
  status: z.string().min(1),
});

// The task drawer's raw values mapped onto the domain schema; a bad date stays invalid.
export const taskFormSchema = z
  .object({
    title: z.string(),
    description: z.string(),
    assigneeId: z.string().nullable(),
    dueAt: z.string(),
    priority: z.enum(taskPriorities),
    customerId: z.string().nullable(),
    status: z.string(),
  })
  .transform((values): z.input<typeof taskDrawerSchema> => ({
    ...values,
    dueAt: values.dueAt === "" ? null : (fromDateTimeInput(values.dueAt) ?? new Date(Number.NaN)),
  }))
  .pipe(taskDrawerSchema);

export type TaskFormValues = z.input<typeof taskFormSchema>;

export const taskFormValues = (task: Task | undefined, status: string): TaskFormValues => ({
  title: task?.title ?? "",
  description: task?.description ?? "",
  assigneeId: task?.assigneeId ?? null,
  dueAt: task?.dueAt ? toDateTimeInput(task.dueAt) : "",
  priority: task?.priority ?? "medium",
  customerId: task?.customerId ?? null,
  status: task?.status ?? status,
});
