import { useDroppable } from "@dnd-kit/core";
import { SortableContext, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { Paper } from "@mantine/core";
import { useVirtualizer, type Range } from "@tanstack/react-virtual";
import { memo, useCallback, useRef, type ReactNode } from "react";
import { rowsToRender } from "@/ui/virtual/rowsToRender";
import { columnDroppableId } from "../utils/dragColumns";
import classes from "./board.module.css";

type BoardColumnProps = {
  id: string;
  name: string;
  cardIds: string[];
  // The card being dragged, kept mounted wherever the column is scrolled: dnd-kit loses a drag
  // whose card leaves the page.
  activeId: string | null;
  header: ReactNode;
  footer?: ReactNode;
  renderCard: (id: string) => ReactNode;
};

// A card renders again only when the board does, not on every scroll step of its column.
const ColumnCard = memo(function ColumnCard({
  id,
  render,
}: {
  id: string;
  render: (id: string) => ReactNode;
}) {
  return render(id);
});

// Space between cards (Mantine's xs) and a card's usual height before it is measured.
const gap = 10;
const estimatedCardHeight = 96;

// A column renders only the cards in and near its visible part, so a column of thousands opens
// and scrolls like one of ten. The sortable context still holds every id: dnd-kit ranks a drop
// against the whole column, and measures the mounted cards as they scroll in.
export const BoardColumn = ({
  id,
  name,
  cardIds,
  activeId,
  header,
  footer,
  renderCard,
}: BoardColumnProps) => {
  const { setNodeRef, isOver } = useDroppable({ id: columnDroppableId(id) });
  const scrollRef = useRef<HTMLDivElement>(null);
  const activeIndex = activeId === null ? -1 : cardIds.indexOf(activeId);
  const rangeExtractor = useCallback(
    (range: Range) => rowsToRender(range, activeIndex),
    [activeIndex],
  );
  // TanStack Virtual hands back functions the React Compiler cannot memoize; nothing here is compiled.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: cardIds.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimatedCardHeight,
    getItemKey: (index) => cardIds[index] ?? index,
    // Enough for a fast scroll to find its next cards mounted; each column of a board opening
    // mounts every one of them.
    overscan: 3,
    gap,
    paddingEnd: gap,
    rangeExtractor,
  });

  return (
    <Paper
      component="section"
      aria-label={name}
      withBorder
      radius="md"
      p="xs"
      bg={isOver ? "var(--mantine-primary-color-light)" : "var(--mantine-color-default-hover)"}
      className={classes.column}
    >
      {header}
      <div ref={scrollRef} className={classes.cards} data-column-scroller>
        <SortableContext id={id} items={cardIds} strategy={verticalListSortingStrategy}>
          <div
            ref={setNodeRef}
            className={classes.cardList}
            style={{ height: virtualizer.getTotalSize() }}
          >
            {virtualizer.getVirtualItems().map((item) => (
              <div
                key={item.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                className={classes.cardSlot}
                style={{ top: item.start }}
              >
                <ColumnCard id={cardIds[item.index] ?? ""} render={renderCard} />
              </div>
            ))}
          </div>
        </SortableContext>
      </div>
      {footer}
    </Paper>
  );
};
