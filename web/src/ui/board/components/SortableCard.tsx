import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import type { ReactNode } from "react";

type SortableCardProps = {
  id: string;
  disabled: boolean;
  // Translated once by the board, not by each of its cards.
  roleDescription: string;
  children: ReactNode;
};

export const SortableCard = ({ id, disabled, roleDescription, children }: SortableCardProps) => {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id,
    disabled,
    attributes: { roleDescription },
  });
  return (
    <div
      ref={setNodeRef}
      data-card-id={id}
      style={{
        transform: CSS.Translate.toString(transform),
        transition,
        opacity: isDragging ? 0.4 : 1,
        touchAction: disabled ? undefined : "manipulation",
        cursor: disabled ? undefined : "grab",
        // A press that starts a text selection turns the next press on that text into the
        // browser's own drag of the selection, which the board never sees.
        userSelect: disabled ? undefined : "none",
      }}
      {...attributes}
      {...listeners}
    >
      {children}
    </div>
  );
};
