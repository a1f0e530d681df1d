import { noDealFilters, type DealFilters } from "@pano/domain";
import { useQueryParams } from "@/lib/useQueryParams";
import type { BoardOrList } from "@/ui/ViewToggle";

export const usePipelineView = () => {
  const { get, update } = useQueryParams();
  const view: BoardOrList = get("view") === "list" ? "list" : "board";
  const filters: DealFilters = {
    ownerId: get("owner") || noDealFilters.ownerId,
    customerId: get("customer") || noDealFilters.customerId,
    text: get("q") ?? noDealFilters.text,
  };
  return {
    view,
    filters,
    setView: (next: BoardOrList) => update({ view: next === "board" ? null : next }),
    setFilters: (next: DealFilters) =>
      update({ owner: next.ownerId, customer: next.customerId, q: next.text }),
  };
};
