import { z } from "zod";
import { projectInputSchema, projectStatuses, type ProjectFields } from "@pano/domain";
import { endOfDateInput, toDateInput } from "@/lib/dateTimeInput";

export const projectFormSchema = z
  .object({
    name: z.string(),
    customerId: z.string(),
    status: z.enum(projectStatuses),
    dueAt: z.string(),
    ownerId: z.string(),
  })
  .transform((values): z.input<typeof projectInputSchema> => ({
    ...values,
    dueAt: values.dueAt === "" ? null : endOfDateInput(values.dueAt),
  }))
  .pipe(projectInputSchema);

export type ProjectFormValues = z.input<typeof projectFormSchema>;

export const projectFormValues = (
  project: ProjectFields | undefined,
  ownerId: string,
  customerId = "",
): ProjectFormValues => ({
  name: project?.name ?? "",
  customerId: project?.customerId ?? customerId,
  status: project?.status ?? "planned",
  dueAt: project?.dueAt ? toDateInput(project.dueAt) : "",
  ownerId: project?.ownerId ?? ownerId,
});
