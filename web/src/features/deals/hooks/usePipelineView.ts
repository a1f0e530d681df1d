import { useSearchParams } from "react-router";
import { noDealFilters, type DealFilters } from "@pano/domain";

export type PipelineView = "board" | "list";

// Filters and the view live in the address, so switching views keeps them and a link shares them.
export const usePipelineView = () => {
  const [params, setParams] = useSearchParams();
  const view: PipelineView = params.get("view") === "list" ? "list" : "board";
  const filters: DealFilters = {
    ownerId: params.get("owner") || noDealFilters.ownerId,
    customerId: params.get("customer") || noDealFilters.customerId,
    text: params.get("q") ?? noDealFilters.text,
  };
  const update = (changes: Record<string, string | null>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes))
          if (value) next.set(key, value);
          else next.delete(key);
        return next;
      },
      { replace: true },
    );
  return {
    view,
    filters,
    setView: (next: PipelineView) => update({ view: next === "board" ? null : next }),
    setFilters: (next: DealFilters) =>
      update({ owner: next.ownerId, customer: next.customerId, q: next.text }),
  };
};
