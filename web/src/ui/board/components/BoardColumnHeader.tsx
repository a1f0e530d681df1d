import { ActionIcon, Badge, Group, Stack, Text, Tooltip } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import type { ReactNode } from "react";

type BoardColumnHeaderProps = {
  name: string;
  // Null while the column's cards are still loading: no count rather than a wrong one.
  count: number | null;
  countLabel: string;
  color: string;
  addLabel: string | null;
  onAdd: () => void;
  children?: ReactNode;
};

// A column's name, its card count, an optional add button, and whatever the board adds below.
export const BoardColumnHeader = ({
  name,
  count,
  countLabel,
  color,
  addLabel,
  onAdd,
  children,
}: BoardColumnHeaderProps) => (
  <Stack gap={2} mb="xs" px={4}>
    <Group justify="space-between" align="flex-start" wrap="nowrap" gap={4}>
      {/* In a narrow column a long name wraps beside its count rather than being cut short
          ("Kapandı – Kaz…"), and the count keeps its place next to the name's first line in
          every column, whatever the name's length. */}
      <Group gap={6} wrap="nowrap" align="flex-start" style={{ minWidth: 0 }}>
        <Text fw={700} size="sm" style={{ minWidth: 0, overflowWrap: "break-word" }}>
          {name}
        </Text>
        {count !== null && (
          <Badge
            size="sm"
            variant="light"
            color={color}
            aria-label={countLabel}
            style={{ flexShrink: 0, marginTop: 1 }}
          >
            {count}
          </Badge>
        )}
      </Group>
      {addLabel && (
        <Tooltip label={addLabel}>
          <ActionIcon variant="subtle" size="sm" aria-label={addLabel} onClick={onAdd}>
            <IconPlus size={16} />
          </ActionIcon>
        </Tooltip>
      )}
    </Group>
    {children}
  </Stack>
);
