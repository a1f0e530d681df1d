import { ActionIcon, Group, Select, TextInput } from "@mantine/core";
import type { GetInputPropsReturnType } from "@mantine/form";
import { IconArrowDown, IconArrowUp, IconTrash } from "@tabler/icons-react";

type InputProps = GetInputPropsReturnType;

type NameKindRowProps = {
  nameLabel: string;
  kindLabel: string;
  nameProps: InputProps;
  nameError: string | undefined;
  kindProps: InputProps;
  kinds: { value: string; label: string }[];
  labels: { up: string; down: string; remove: string };
  first: boolean;
  last: boolean;
  onUp: () => void;
  onDown: () => void;
  onRemove: () => void;
};

// One row of an ordered list of named, typed items (pipeline stages, board columns).
export const NameKindRow = ({
  nameLabel,
  kindLabel,
  nameProps,
  nameError,
  kindProps,
  kinds,
  labels,
  first,
  last,
  onUp,
  onDown,
  onRemove,
}: NameKindRowProps) => (
  // On a phone the name takes the whole first line and the kind and buttons the next, rather than
  // squeezing the name to a letter or two; on a wide screen the name takes what the line spares.
  <Group align="flex-start" gap="xs" style={{ rowGap: 6 }}>
    <TextInput
      aria-label={nameLabel}
      style={{ flex: "999 1 12rem" }}
      {...nameProps}
      error={nameError}
    />
    <Group align="flex-start" wrap="nowrap" gap="xs" style={{ flex: "1 1 auto" }}>
      <Select
        aria-label={kindLabel}
        style={{ flex: "1 0 150px" }}
        data={kinds}
        allowDeselect={false}
        {...kindProps}
      />
      <ActionIcon variant="subtle" size="lg" disabled={first} aria-label={labels.up} onClick={onUp}>
        <IconArrowUp size={16} />
      </ActionIcon>
      <ActionIcon
        variant="subtle"
        size="lg"
        disabled={last}
        aria-label={labels.down}
        onClick={onDown}
      >
        <IconArrowDown size={16} />
      </ActionIcon>
      <ActionIcon
        variant="subtle"
        color="red"
        size="lg"
        aria-label={labels.remove}
        onClick={onRemove}
      >
        <IconTrash size={16} />
      </ActionIcon>
    </Group>
  </Group>
);
