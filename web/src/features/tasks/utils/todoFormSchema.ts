import { z } from "zod";
import { taskInputSchema } from "@pano/domain";
import { fromDateTimeInput } from "@/lib/dateTimeInput";

// The quick-add form's raw values mapped onto the domain schema; a bad date stays invalid.
export const todoFormSchema = z
  .object({ title: z.string(), dueAt: z.string(), assigneeId: z.string().nullable() })
  .transform((values): z.input<typeof taskInputSchema> => ({
    title: values.title,
    assigneeId: values.assigneeId,
    dueAt: values.dueAt === "" ? null : (fromDateTimeInput(values.dueAt) ?? new Date(Number.NaN)),
  }))
  .pipe(taskInputSchema);

export const todoFormValues = (assigneeId: string): z.input<typeof todoFormSchema> => ({
  title: "",
  dueAt: "",
  assigneeId,
});
