import { arrayMove } from "@dnd-kit/sortable";

// Card ids per column while a drag is under way; columns and cards share dnd-kit's id space,
// so column droppables carry a prefix.
export type DragColumns = Record<string, string[]>;

const columnPrefix = "column:";
export const columnDroppableId = (columnId: string) => `${columnPrefix}${columnId}`;

export const findColumn = (columns: DragColumns, id: string): string | undefined => {
  if (id.startsWith(columnPrefix)) {
    const columnId = id.slice(columnPrefix.length);
    return columnId in columns ? columnId : undefined;
  }
  return Object.keys(columns).find((columnId) => columns[columnId]?.includes(id));
};

// The card follows the pointer into another column at once, so the user sees where it will land.
export const moveAcross = (columns: DragColumns, activeId: string, overId: string): DragColumns => {
  const from = findColumn(columns, activeId);
  const to = findColumn(columns, overId);
  if (!from || !to || from === to) return columns;
  const target = columns[to] ?? [];
  const overIndex = target.indexOf(overId);
  const index = overIndex === -1 ? target.length : overIndex;
  return {
    ...columns,
    [from]: (columns[from] ?? []).filter((id) => id !== activeId),
    [to]: [...target.slice(0, index), activeId, ...target.slice(index)],
  };
};

// Where the card ends up when dropped over `overId` (a card or a column).
export const dropPosition = (
  columns: DragColumns,
  activeId: string,
  overId: string,
): { column: string; index: number } | undefined => {
  const column = findColumn(columns, activeId);
  if (!column) return undefined;
  const ids = columns[column] ?? [];
  const from = ids.indexOf(activeId);
  const over = ids.indexOf(overId);
  const ordered = over === -1 || over === from ? ids : arrayMove(ids, from, over);
  return { column, index: ordered.indexOf(activeId) };
};
