import { Button, Popover, Select, Stack } from "@mantine/core";
import { InlineDateTimePicker } from "@mantine/dates";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { fromPickedDateTime } from "@/lib/pickerDates";
import { PlainButton } from "@/ui/PlainButton";
import { useCalendarLabels } from "@/ui/useCalendarLabels";
import classes from "./taskCells.module.css";

type Option = { value: string; label: string };

type SelectCellProps = {
  label: string;
  value: string | null;
  options: Option[];
  // The value's name when the options lack it: someone who left, or names still loading ("").
  valueLabel?: string;
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
  valueLabel,
  placeholder,
  clearable = false,
  disabled,
  onChange,
}: SelectCellProps) => {
  const [editing, setEditing] = useState(false);
  const current =
    value === null
      ? undefined
      : (options.find((option) => option.value === value)?.label ?? (valueLabel || "…"));
  if (!editing || disabled)
    return (
      <PlainButton
        aria-label={label}
        disabled={disabled}
        className={classes.editable}
        onClick={() => setEditing(true)}
      >
        <span className={classes.text} data-empty={current === undefined || undefined}>
          {current ?? placeholder ?? "—"}
        </span>
      </PlainButton>
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
  value: Date | null;
  overdue: boolean;
  disabled: boolean;
  onCommit: (value: Date | null) => void;
};

type DateTimeEditorProps = { value: Date | null; onCommit: (value: Date | null) => void };

// The calendar, mounted only while a cell is edited, so a long list's closed cells carry none of
// its labels or state.
const DateTimeEditor = ({ value, onCommit }: DateTimeEditorProps) => {
  const { t } = useTranslation();
  const { ariaLabels } = useCalendarLabels();
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <Stack gap="xs">
      <InlineDateTimePicker
        fullWidth={false}
        value={draft ?? value}
        onChange={setDraft}
        ariaLabels={ariaLabels}
        highlightToday
        timePickerProps={{
          format: "24h",
          hoursInputLabel: t("dates.hours"),
          minutesInputLabel: t("dates.minutes"),
        }}
        submitButtonProps={{ "aria-label": t("dates.done") }}
        onSubmit={() => onCommit(draft === null ? value : fromPickedDateTime(draft))}
      />
      {value && (
        <Button variant="subtle" size="xs" color="gray" onClick={() => onCommit(null)}>
          {t("dates.clear")}
        </Button>
      )}
    </Stack>
  );
};

// Opens the calendar on the first click; the picked moment is written once, on "done" or "clear".
// The pop-over is mounted only while open: a screenful of closed cells is plain buttons.
export const DateTimeCell = ({
  label,
  text,
  value,
  overdue,
  disabled,
  onCommit,
}: DateTimeCellProps) => {
  const [editing, setEditing] = useState(false);
  const commit = (next: Date | null) => {
    setEditing(false);
    if (next?.getTime() !== value?.getTime()) onCommit(next);
  };
  const trigger = (
    <PlainButton
      aria-label={label}
      disabled={disabled}
      className={classes.editable}
      onClick={() => setEditing((open) => !open)}
    >
      <span
        className={classes.text}
        data-overdue={overdue || undefined}
        data-empty={(!overdue && !text) || undefined}
      >
        {text || "—"}
      </span>
    </PlainButton>
  );
  if (!editing || disabled) return trigger;
  return (
    <Popover opened onChange={setEditing} position="bottom-start" trapFocus returnFocus>
      <Popover.Target>{trigger}</Popover.Target>
      <Popover.Dropdown>
        <DateTimeEditor value={value} onCommit={commit} />
      </Popover.Dropdown>
    </Popover>
  );
};
