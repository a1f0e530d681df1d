import { noDealFilters, type DealFilters } from "@pano/domain";
import { useQueryParams } from "@/lib/useQueryParams";

export type PipelineView = "board" | "list";

export const usePipelineView = () => {
  const { get, update } = useQueryParams();
  const view: PipelineView = get("view") === "list" ? "list" : "board";
  const filters: DealFilters = {
    ownerId: get("owner") || noDealFilters.ownerId,
    customerId: get("customer") || noDealFilters.customerId,
    text: get("q") ?? noDealFilters.text,
  };
  return {
    view,
    filters,
    setView: (next: PipelineView) => update({ view: next === "board" ? null : next }),
    setFilters: (next: DealFilters) =>
      update({ owner: next.ownerId, customer: next.customerId, q: next.text }),
  };
};
