import type { z } from "zod";
import { taskInputSchema } from "@pano/domain";

// The quick-add form fills a title, a due moment and an assignee; the rest keeps its defaults.
export const todoFormSchema = taskInputSchema;

export const todoFormValues = (assigneeId: string): z.input<typeof todoFormSchema> => ({
  title: "",
  dueAt: null,
  assigneeId,
});
