import type { ReactNode } from "react";
import { useWindowRows } from "./useWindowRows";

type WindowRowsProps = {
  count: number;
  estimatedHeight: number;
  keyOf: (index: number) => string;
  // Space under each row, kept inside the measured row so the offsets add up.
  gap: number;
  renderRow: (index: number) => ReactNode;
};

// A vertical list scrolled with the page, of which only the rows on and near the screen exist.
export const WindowRows = ({ count, estimatedHeight, keyOf, gap, renderRow }: WindowRowsProps) => {
  const { listRef, rows, spaceBefore, spaceAfter, measureRow } = useWindowRows<HTMLDivElement>(
    count,
    estimatedHeight,
    keyOf,
  );
  return (
    <div ref={listRef} style={{ paddingTop: spaceBefore, paddingBottom: spaceAfter }}>
      {rows.map((row) => (
        <div
          key={row.key}
          ref={measureRow}
          data-index={row.index}
          style={{ paddingBottom: row.index < count - 1 ? gap : 0 }}
        >
          {renderRow(row.index)}
        </div>
      ))}
    </div>
  );
};
