import { noTaskFilters, taskPriorities, type TaskFilters } from "@pano/domain";
import { useQueryParams } from "@/lib/useQueryParams";
import type { BoardOrList } from "@/ui/ViewToggle";

// The project's view and filters live in the address, so switching views keeps the filters.
export const useTaskView = () => {
  const { get, update } = useQueryParams();
  const view: BoardOrList = get("view") === "list" ? "list" : "board";
  const filters: TaskFilters = {
    assigneeId: get("assignee") || noTaskFilters.assigneeId,
    priority: taskPriorities.find((priority) => priority === get("priority")) ?? null,
    text: get("q") ?? noTaskFilters.text,
  };
  return {
    view,
    filters,
    setView: (next: BoardOrList) => update({ view: next === "board" ? null : next }),
    setFilters: (next: TaskFilters) =>
      update({ assignee: next.assigneeId, priority: next.priority, q: next.text }),
  };
};
