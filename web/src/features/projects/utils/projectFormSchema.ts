import type { z } from "zod";
import { projectInputSchema, type ProjectFields } from "@pano/domain";

// The project form holds exactly the domain's fields, the due day already a Date.
export const projectFormSchema = projectInputSchema;

export type ProjectFormValues = z.input<typeof projectFormSchema>;

export const projectFormValues = (
  project: ProjectFields | undefined,
  ownerId: string,
  customerId = "",
): ProjectFormValues => ({
  name: project?.name ?? "",
  customerId: project?.customerId ?? customerId,
  status: project?.status ?? "planned",
  dueAt: project?.dueAt ?? null,
  ownerId: project?.ownerId ?? ownerId,
});
