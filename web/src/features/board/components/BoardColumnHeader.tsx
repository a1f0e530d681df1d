import { ActionIcon, Badge, Group, Stack, Text, Tooltip } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import type { ReactNode } from "react";

type BoardColumnHeaderProps = {
  name: string;
  count: number;
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
    <Group justify="space-between" wrap="nowrap">
      <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
        <Text fw={700} size="sm" truncate>
          {name}
        </Text>
        <Badge size="sm" variant="light" color={color} aria-label={countLabel}>
          {count}
        </Badge>
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
