import { noDealFilters, type DealFilters } from "@pano/domain";
import { useQueryParams } from "@/lib/useQueryParams";
import { useBoardOrList } from "@/ui/useBoardOrList";

export const usePipelineView = () => {
  const { get, update } = useQueryParams();
  const { view, setView } = useBoardOrList("pipeline");
  const filters: DealFilters = {
    ownerId: get("owner") || noDealFilters.ownerId,
    customerId: get("customer") || noDealFilters.customerId,
    text: get("q") ?? noDealFilters.text,
  };
  return {
    view,
    filters,
    setView,
    setFilters: (next: DealFilters) =>
      update({ owner: next.ownerId, customer: next.customerId, q: next.text }),
  };
};
