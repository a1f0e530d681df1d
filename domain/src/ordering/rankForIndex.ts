import { generateKeyBetween } from "fractional-indexing";

export type Ranked = { id: string; rank: string };

// Cards sort by rank, then id: two clients inserting at the same spot at once may pick the same
// rank, and the id still gives every board the same order.
export const compareRanked = (left: Ranked, right: Ranked): number => {
  if (left.rank !== right.rank) return left.rank < right.rank ? -1 : 1;
  if (left.id !== right.id) return left.id < right.id ? -1 : 1;
  return 0;
};

// The rank for a card dropped at `index` among `others` (sorted by compareRanked, the moved card
// left out): one key between its neighbours, so a move is one write whatever the column's size.
export const rankForIndex = (others: Ranked[], index: number): string => {
  const before = others[index - 1]?.rank ?? null;
  let after = others[index]?.rank ?? null;
  // Tied neighbours leave no key strictly between them; place the card just past the tie.
  if (before !== null && after !== null && after <= before)
    after = others.slice(index).find((other) => other.rank > before)?.rank ?? null;
  return generateKeyBetween(before, after);
};
