import { defaultRangeExtractor, type Range } from "@tanstack/react-virtual";

// Up to this many rows a list is rendered whole: the browser's find and print see every row, and
// rendering them costs less than a frame. Longer lists render what is on and near the screen.
const wholeUpTo = 100;

// The rows to render for `range`, plus `kept` (a row that must stay mounted wherever the list is
// scrolled, such as a dragged card; -1 for none).
export const rowsToRender = (range: Range, kept = -1): number[] => {
  if (range.count <= wholeUpTo) return Array.from({ length: range.count }, (_, index) => index);
  const indexes = defaultRangeExtractor(range);
  if (kept === -1 || indexes.includes(kept)) return indexes;
  return [...indexes, kept].sort((left, right) => left - right);
};
