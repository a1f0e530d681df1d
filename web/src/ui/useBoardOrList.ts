import { useCallback } from "react";
import { useQueryParams } from "@/lib/useQueryParams";
import type { BoardOrList } from "./ViewToggle";

// The board or list choice kept in the address (`?view=list`; the board leaves it clean), with a
// setter that stays the same while the address does, for the memoized ViewToggle.
export const useBoardOrList = () => {
  const { get, update } = useQueryParams();
  const view: BoardOrList = get("view") === "list" ? "list" : "board";
  const setView = useCallback(
    (next: BoardOrList) => update({ view: next === "board" ? null : next }),
    [update],
  );
  return { view, setView };
};
