import { compareRanked, rankForIndex, type Ranked } from "../ordering/rankForIndex";

export type BoardCard = Ranked & { column: string };
export type Placement = { column: string; rank: string };

// Cards per column in board order; a card whose column no longer exists shows in the first one,
// so it stays reachable and can be moved to a real column.
export const groupIntoColumns = <Card extends BoardCard>(
  cards: Card[],
  columnIds: string[],
): Record<string, Card[]> => {
  const columns: Record<string, Card[]> = Object.fromEntries(columnIds.map((id) => [id, []]));
  const fallback = columnIds[0];
  for (const card of cards) {
    const column = columns[card.column] ?? (fallback === undefined ? undefined : columns[fallback]);
    column?.push(card);
  }
  for (const column of Object.values(columns)) column.sort(compareRanked);
  return columns;
};

// Where a dropped card lands: its column and one new rank between its new neighbours.
export const placeCard = (
  columns: Record<string, Ranked[]>,
  cardId: string,
  toColumn: string,
  toIndex: number,
): Placement => {
  const others = (columns[toColumn] ?? []).filter((card) => card.id !== cardId);
  const index = Math.max(0, Math.min(toIndex, others.length));
  return { column: toColumn, rank: rankForIndex(others, index) };
};

// Local placements show over the live cards until their write settles.
export const applyPlacements = <Card extends BoardCard>(
  cards: Card[],
  placements: Record<string, Placement>,
): Card[] =>
  cards.map((card) => {
    const placement = placements[card.id];
    return placement ? { ...card, column: placement.column, rank: placement.rank } : card;
  });
