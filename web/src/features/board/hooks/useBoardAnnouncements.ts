import type { Announcements, ScreenReaderInstructions } from "@dnd-kit/core";
import type { RefObject } from "react";
import { useTranslation } from "react-i18next";
import { findColumn, type DragColumns } from "../utils/dragColumns";

type AnnouncementSources = {
  columnsRef: RefObject<DragColumns | null>;
  columnName: (columnId: string) => string;
  cardLabel: (cardId: string) => string;
};

// What a screen reader hears while a card is picked up, moved and dropped, in the UI language.
export const useBoardAnnouncements = ({
  columnsRef,
  columnName,
  cardLabel,
}: AnnouncementSources): {
  announcements: Announcements;
  screenReaderInstructions: ScreenReaderInstructions;
} => {
  const { t } = useTranslation();

  const where = (cardId: string, overId: string) => {
    const columns = columnsRef.current ?? {};
    const column = findColumn(columns, overId) ?? findColumn(columns, cardId) ?? "";
    const ids = columns[column] ?? [];
    const index = ids.indexOf(overId === cardId ? cardId : overId);
    return {
      card: cardLabel(cardId),
      column: columnName(column),
      position: index === -1 ? ids.length : index + 1,
      total: ids.length,
    };
  };

  return {
    screenReaderInstructions: { draggable: t("board.instructions") },
    announcements: {
      onDragStart: ({ active }) => t("board.pickedUp", where(String(active.id), String(active.id))),
      onDragOver: ({ active, over }) =>
        over
          ? t("board.movedOver", where(String(active.id), String(over.id)))
          : t("board.notOver", { card: cardLabel(String(active.id)) }),
      onDragEnd: ({ active, over }) =>
        over
          ? t("board.dropped", where(String(active.id), String(over.id)))
          : t("board.cancelled", { card: cardLabel(String(active.id)) }),
      onDragCancel: ({ active }) => t("board.cancelled", { card: cardLabel(String(active.id)) }),
    },
  };
};
