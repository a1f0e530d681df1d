import { useState } from "react";
import { sameList } from "./sameList";

// `list`, or the list returned before while the two hold the same items: a long list built anew
// with the same rows (most keystrokes of a search keep them) then keeps its identity, and what
// depends on it (the virtualizer's row positions, memoized rows) is not worked out again.
export const useStableList = <Item>(
  list: readonly Item[],
  same: (left: Item, right: Item) => boolean,
): readonly Item[] => {
  const [kept, setKept] = useState(list);
  if (kept !== list && !sameList(kept, list, same)) {
    // React's way to keep a value from an earlier render: it renders again at once with it.
    setKept(list);
    return list;
  }
  return kept;
};
