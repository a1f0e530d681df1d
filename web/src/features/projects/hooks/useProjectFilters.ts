import { noProjectFilters, projectStatuses, type ProjectFilters } from "@pano/domain";
import { useQueryParams } from "@/lib/useQueryParams";

const asStatus = (value: string | null) =>
  projectStatuses.find((status) => status === value) ?? noProjectFilters.status;

export const useProjectFilters = () => {
  const { get, update } = useQueryParams();
  const filters: ProjectFilters = {
    status: asStatus(get("status")),
    customerId: get("customer") || noProjectFilters.customerId,
    ownerId: get("owner") || noProjectFilters.ownerId,
    text: get("q") ?? noProjectFilters.text,
  };
  return {
    filters,
    setFilters: (next: ProjectFilters) =>
      update({ status: next.status, customer: next.customerId, owner: next.ownerId, q: next.text }),
  };
};
