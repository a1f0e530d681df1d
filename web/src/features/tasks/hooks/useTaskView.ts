import { useCallback } from "react";
import { noTaskFilters, taskPriorities, type TaskFilters } from "@pano/domain";
import { useQueryParams } from "@/lib/useQueryParams";
import { useBoardOrList } from "@/ui/useBoardOrList";

// The project's view and filters live in the address, so switching views keeps the filters.
export const useTaskView = () => {
  const { get, update } = useQueryParams();
  const { view, setView } = useBoardOrList("project");
  const filters: TaskFilters = {
    assigneeId: get("assignee") || noTaskFilters.assigneeId,
    priority: taskPriorities.find((priority) => priority === get("priority")) ?? null,
    text: get("q") ?? noTaskFilters.text,
  };
  // Only the filters given change, so a filter set while the search's text is still on its way
  // to the address does not write an older text back.
  const setFilters = useCallback(
    (next: Partial<TaskFilters>) =>
      update({
        ...("assigneeId" in next && { assignee: next.assigneeId ?? null }),
        ...("priority" in next && { priority: next.priority ?? null }),
        ...("text" in next && { q: next.text ?? null }),
      }),
    [update],
  );
  return { view, filters, setView, setFilters };
};
