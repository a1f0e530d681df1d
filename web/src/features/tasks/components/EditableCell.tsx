import { Select, Text, TextInput, UnstyledButton } from "@mantine/core";
import { useState } from "react";

type Option = { value: string; label: string };

type SelectCellProps = {
  label: string;
  value: string | null;
  options: Option[];
  placeholder?: string;
  clearable?: boolean;
  disabled: boolean;
  onChange: (value: string | null) => void;
};

// A list cell shows plain text and becomes a select only while edited, so a list of 1,000 tasks
// renders text, not 4,000 comboboxes.
export const SelectCell = ({
  label,
  value,
  options,
  placeholder,
  clearable = false,
  disabled,
  onChange,
}: SelectCellProps) => {
  const [editing, setEditing] = useState(false);
  const current = options.find((option) => option.value === value)?.label;
  if (!editing || disabled)
    return (
      <UnstyledButton aria-label={label} disabled={disabled} onClick={() => setEditing(true)}>
        <Text size="sm" c={current ? undefined : "dimmed"}>
          {current ?? placeholder ?? "—"}
        </Text>
      </UnstyledButton>
    );
  return (
    <Select
      aria-label={label}
      size="xs"
      w={170}
      data={options}
      value={value}
      placeholder={placeholder}
      clearable={clearable}
      allowDeselect={false}
      autoFocus
      defaultDropdownOpened
      onDropdownClose={() => setEditing(false)}
      onChange={(next) => {
        setEditing(false);
        if (next !== value) onChange(next);
      }}
    />
  );
};

type DateTimeCellProps = {
  label: string;
  text: string;
  value: string;
  overdue: boolean;
  disabled: boolean;
  onCommit: (value: string) => void;
};

export const DateTimeCell = ({
  label,
  text,
  value,
  overdue,
  disabled,
  onCommit,
}: DateTimeCellProps) => {
  const [editing, setEditing] = useState(false);
  if (!editing || disabled)
    return (
      <UnstyledButton aria-label={label} disabled={disabled} onClick={() => setEditing(true)}>
        <Text
          size="sm"
          c={overdue ? "red" : text ? undefined : "dimmed"}
          fw={overdue ? 600 : undefined}
        >
          {text || "—"}
        </Text>
      </UnstyledButton>
    );
  return (
    <TextInput
      aria-label={label}
      type="datetime-local"
      size="xs"
      w={200}
      autoFocus
      defaultValue={value}
      onBlur={(event) => {
        setEditing(false);
        if (event.currentTarget.value !== value) onCommit(event.currentTarget.value);
      }}
    />
  );
};
