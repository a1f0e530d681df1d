import {
  closestCorners,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import { sortableKeyboardCoordinates } from "@dnd-kit/sortable";
import { useMemo, useRef, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { BoardCard } from "@pano/domain";
import { useBoardAnnouncements } from "../hooks/useBoardAnnouncements";
import { useBoardDrag, type MoveHandler } from "../hooks/useBoardDrag";
import { useFillsViewport } from "../hooks/useFillsViewport";
import { BoardColumn } from "./BoardColumn";
import { SortableCard } from "./SortableCard";
import classes from "./board.module.css";

export type BoardColumnView = { id: string; name: string };

type SortableBoardProps<Card extends BoardCard> = {
  columns: BoardColumnView[];
  cards: Card[];
  disabled: boolean;
  cardLabel: (card: Card) => string;
  renderCard: (card: Card) => ReactNode;
  renderHeader: (column: BoardColumnView, cards: Card[]) => ReactNode;
  renderFooter?: (column: BoardColumnView) => ReactNode;
  onMove: MoveHandler<Card>;
};

// A board of sortable columns for any ranked cards (deals now, tasks next): mouse, touch (after a
// short press, so the page still scrolls) and keyboard (space, arrows, space), announced aloud.
export const SortableBoard = <Card extends BoardCard>({
  columns,
  cards,
  disabled,
  cardLabel,
  renderCard,
  renderHeader,
  renderFooter,
  onMove,
}: SortableBoardProps<Card>) => {
  const { t } = useTranslation();
  const roleDescription = t("board.cardRole");
  const columnIds = useMemo(() => columns.map((column) => column.id), [columns]);
  const drag = useBoardDrag(columnIds, cards, onMove);
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 5 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const accessibility = useBoardAnnouncements({
    columnsRef: drag.dragColumnsRef,
    columnName: (id) => columns.find((column) => column.id === id)?.name ?? "",
    cardLabel: (id) => {
      const card = drag.byId.get(id);
      return card ? cardLabel(card) : "";
    },
  });

  const scrollerRef = useRef<HTMLDivElement>(null);
  useFillsViewport(scrollerRef);

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCorners}
      accessibility={accessibility}
      {...drag.handlers}
    >
      {/* The scroll container dnd-kit auto-scrolls when a card is dragged to its edge. */}
      <div
        ref={scrollerRef}
        className={classes.scroller}
        data-testid="board"
        data-dragging={drag.activeCard ? "" : undefined}
      >
        {columns.map((column) => {
          const columnCards = drag.grouped[column.id] ?? [];
          return (
            <BoardColumn
              key={column.id}
              id={column.id}
              name={column.name}
              cardIds={drag.idsByColumn[column.id] ?? []}
              activeId={drag.activeCard?.id ?? null}
              header={renderHeader(column, columnCards)}
              footer={renderFooter?.(column)}
              renderCard={(id) => {
                const card = drag.byId.get(id);
                return card ? (
                  <SortableCard id={id} disabled={disabled} roleDescription={roleDescription}>
                    {renderCard(card)}
                  </SortableCard>
                ) : null;
              }}
            />
          );
        })}
      </div>
      <DragOverlay>
        {drag.activeCard ? (
          <div className={classes.lifted}>{renderCard(drag.activeCard)}</div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
};
