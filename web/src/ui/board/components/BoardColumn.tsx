import { useDroppable } from "@dnd-kit/core";
import { SortableContext, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { Paper, Stack } from "@mantine/core";
import type { ReactNode } from "react";
import { columnDroppableId } from "../utils/dragColumns";
import classes from "./board.module.css";

type BoardColumnProps = {
  id: string;
  name: string;
  cardIds: string[];
  header: ReactNode;
  footer?: ReactNode;
  children: ReactNode;
};

export const BoardColumn = ({ id, name, cardIds, header, footer, children }: BoardColumnProps) => {
  const { setNodeRef, isOver } = useDroppable({ id: columnDroppableId(id) });
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
      <div style={{ maxHeight: "calc(100dvh - 300px)", overflowY: "auto", padding: 2 }}>
        <SortableContext id={id} items={cardIds} strategy={verticalListSortingStrategy}>
          <Stack ref={setNodeRef} gap="xs" mih={80} pb="xs">
            {children}
          </Stack>
        </SortableContext>
      </div>
      {footer}
    </Paper>
  );
};
