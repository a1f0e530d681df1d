import { useWindowVirtualizer } from "@tanstack/react-virtual";
import { useLayoutEffect, useRef, useState } from "react";
import { rowsToRender } from "./rowsToRender";

// Rows of a long list scrolled with the page, of which only those on and near the screen are
// rendered: a list of thousands filters and scrolls like one of twenty. The list keeps its height
// with space before and after the rendered rows, so the scrollbar tells the whole length.
export const useWindowRows = <List extends Element>(
  count: number,
  estimatedHeight: number,
  keyOf: (index: number) => string,
) => {
  const listRef = useRef<List>(null);
  // Where the list starts on the page; what is above it (filters, headers) can change height.
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const measure = () => setScrollMargin(list.getBoundingClientRect().top + window.scrollY);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);
  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize: () => estimatedHeight,
    // A few rows past each edge keep a scroll from showing blanks; every row more is mounted
    // again whenever a keystroke in the filters changes the rows.
    overscan: 4,
    scrollMargin,
    getItemKey: keyOf,
    rangeExtractor: rowsToRender,
  });
  const rows = virtualizer.getVirtualItems();
  const first = rows[0];
  const last = rows.at(-1);
  return {
    listRef,
    rows,
    spaceBefore: first ? first.start - scrollMargin : 0,
    spaceAfter: last ? virtualizer.getTotalSize() - (last.end - scrollMargin) : 0,
    measureRow: virtualizer.measureElement,
  };
};
