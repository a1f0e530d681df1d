import type { Project } from "./projectSchema";
import { foldTurkish } from "../text/foldTurkish";

export type ProjectFilters = {
  status: Project["status"] | null;
  customerId: string | null;
  ownerId: string | null;
  text: string;
};
export const noProjectFilters: ProjectFilters = {
  status: null,
  customerId: null,
  ownerId: null,
  text: "",
};

type FilterableProject = Pick<Project, "name" | "status" | "customerId" | "ownerId">;

// Text matches the project's or its customer's name, Turkish case and accents folded.
export const filterProjects = <Item extends FilterableProject>(
  projects: Item[],
  filters: ProjectFilters,
  customerName: (customerId: string) => string,
): Item[] => {
  const text = foldTurkish(filters.text);
  return projects.filter(
    (project) =>
      (!filters.status || project.status === filters.status) &&
      (!filters.customerId || project.customerId === filters.customerId) &&
      (!filters.ownerId || project.ownerId === filters.ownerId) &&
      (!text ||
        foldTurkish(project.name).includes(text) ||
        foldTurkish(customerName(project.customerId)).includes(text)),
  );
};
