import { useCallback } from "react";
import { useQueryParams } from "@/lib/useQueryParams";
import type { BoardOrList } from "./ViewToggle";

const storageKey = (screen: string) => `pano.view.${screen}`;

const rememberedView = (screen: string): BoardOrList =>
  window.localStorage.getItem(storageKey(screen)) === "list" ? "list" : "board";

// The board or list choice kept in the address (`?view=list` or `?view=board`), so a link opens
// the view it was copied from; an address without one opens the view last chosen on this device
// for that kind of screen (`screen`: "pipeline", "project"), as people return to the view they
// work in. The setter stays the same while the address does, for the memoized ViewToggle.
export const useBoardOrList = (screen: string) => {
  const { get, update } = useQueryParams();
  const asked = get("view");
  const view: BoardOrList = asked === "list" || asked === "board" ? asked : rememberedView(screen);
  const setView = useCallback(
    (next: BoardOrList) => {
      window.localStorage.setItem(storageKey(screen), next);
      update({ view: next });
    },
    [update, screen],
  );
  return { view, setView };
};
