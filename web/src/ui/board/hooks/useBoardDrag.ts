import type { DragEndEvent, DragOverEvent, DragStartEvent } from "@dnd-kit/core";
import { useMemo, useRef, useState } from "react";
import {
  applyPlacements,
  groupIntoColumns,
  placeCard,
  type BoardCard,
  type Placement,
} from "@pano/domain";
import { dropPosition, moveAcross, type DragColumns } from "../utils/dragColumns";

export type MoveOutcome = "moved" | "cancelled";
export type MoveHandler<Card> = (card: Card, placement: Placement) => Promise<MoveOutcome>;

// Drag state lives here while dragging and is restored on cancel; a drop becomes a local
// placement shown at once, then one write. Firestore shows the write locally at once too, so the
// placement is dropped when the write settles: accepted, refused (the card goes back) or cancelled.
export const useBoardDrag = <Card extends BoardCard>(
  columnIds: string[],
  cards: Card[],
  onMove: MoveHandler<Card>,
) => {
  const [placements, setPlacements] = useState<Record<string, Placement>>({});
  const [dragColumns, setDragColumns] = useState<DragColumns | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const dragColumnsRef = useRef<DragColumns | null>(null);

  const shown = useMemo(() => applyPlacements(cards, placements), [cards, placements]);
  const grouped = useMemo(() => groupIntoColumns(shown, columnIds), [shown, columnIds]);
  const byId = useMemo(() => new Map(shown.map((card) => [card.id, card])), [shown]);

  const restingIds = useMemo<DragColumns>(
    () =>
      Object.fromEntries(
        Object.entries(grouped).map(([column, items]) => [column, items.map((card) => card.id)]),
      ),
    [grouped],
  );
  const idsByColumn = dragColumns ?? restingIds;

  const setDrag = (next: DragColumns | null) => {
    dragColumnsRef.current = next;
    setDragColumns(next);
  };

  const forget = (cardId: string) =>
    setPlacements((current) => {
      const next = { ...current };
      delete next[cardId];
      return next;
    });

  const handleDragStart = ({ active }: DragStartEvent) => {
    setActiveId(String(active.id));
    setDrag(idsByColumn);
  };

  const handleDragOver = ({ active, over }: DragOverEvent) => {
    const current = dragColumnsRef.current;
    if (!current || !over) return;
    const next = moveAcross(current, String(active.id), String(over.id));
    if (next !== current) setDrag(next);
  };

  // The ref keeps the last arrangement after the drop, for the drop announcement.
  const handleDragCancel = () => {
    setActiveId(null);
    setDragColumns(null);
  };

  const handleDragEnd = ({ active, over }: DragEndEvent) => {
    const current = dragColumnsRef.current;
    handleDragCancel();
    const card = byId.get(String(active.id));
    if (!current || !over || !card) return;
    const target = dropPosition(current, card.id, String(over.id));
    if (!target) return;
    const before = grouped[card.column]?.findIndex((item) => item.id === card.id);
    if (target.column === card.column && target.index === before) return;
    const placement = placeCard(grouped, card.id, target.column, target.index);
    setPlacements((existing) => ({ ...existing, [card.id]: placement }));
    onMove(card, placement).then(
      () => forget(card.id),
      () => forget(card.id),
    );
  };

  return {
    grouped,
    idsByColumn,
    activeCard: activeId ? byId.get(activeId) : undefined,
    byId,
    dragColumnsRef,
    handlers: {
      onDragStart: handleDragStart,
      onDragOver: handleDragOver,
      onDragEnd: handleDragEnd,
      onDragCancel: handleDragCancel,
    },
  };
};
