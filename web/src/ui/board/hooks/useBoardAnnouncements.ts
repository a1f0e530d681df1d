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

  const describe = (cardId: string, column: string, index: number) => {
    const ids = columnsRef.current?.[column] ?? [];
    return {
      card: cardLabel(cardId),
      column: columnName(column),
      position: index === -1 ? ids.length : index + 1,
      total: ids.length,
    };
  };
  // Where the card is now (on pick-up and drop).
  const at = (cardId: string) => {
    const column = findColumn(columnsRef.current ?? {}, cardId) ?? "";
    return describe(cardId, column, columnsRef.current?.[column]?.indexOf(cardId) ?? -1);
  };
  // Where it would go, before the board has moved it: the spot of the card or column it is over.
  const over = (cardId: string, overId: string) => {
    const column = findColumn(columnsRef.current ?? {}, overId) ?? "";
    return describe(cardId, column, columnsRef.current?.[column]?.indexOf(overId) ?? -1);
  };

  return {
    screenReaderInstructions: { draggable: t("board.instructions") },
    announcements: {
      onDragStart: ({ active }) => t("board.pickedUp", at(String(active.id))),
      onDragOver: ({ active, over: target }) => {
        if (!target) return t("board.notOver", { card: cardLabel(String(active.id)) });
        if (target.id === active.id) return undefined;
        const columns = columnsRef.current ?? {};
        const moved =
          findColumn(columns, String(target.id)) === findColumn(columns, String(active.id));
        return t(
          "board.movedOver",
          moved ? at(String(active.id)) : over(String(active.id), String(target.id)),
        );
      },
      onDragEnd: ({ active, over: target }) =>
        target
          ? t("board.dropped", at(String(active.id)))
          : t("board.cancelled", { card: cardLabel(String(active.id)) }),
      onDragCancel: ({ active }) => t("board.cancelled", { card: cardLabel(String(active.id)) }),
    },
  };
};
