import { DateTimePicker, type DateTimePickerProps } from "@mantine/dates";
import type { MouseEvent } from "react";
import { useTranslation } from "react-i18next";
import { fromPickedDateTime } from "@/lib/pickerDates";
import { useCalendarLabels } from "./useCalendarLabels";

type DateTimeFieldProps = Omit<DateTimePickerProps, "value" | "onChange" | "type"> & {
  value?: Date | null;
  onChange: (value: Date | null) => void;
};

// A click into the hour or minute box selects what it holds, so typing "1730" replaces it. Without
// this, once a day is picked the click leaves the caret inside "18", and "1" makes it "118" → 8.
const selectWhole = {
  onMouseUp: (event: MouseEvent<HTMLInputElement>) => {
    event.preventDefault();
    event.currentTarget.select();
  },
};

// A moment, written and picked in the UI language with a 24-hour clock, as both languages here use.
export const DateTimeField = ({ value, onChange, ...props }: DateTimeFieldProps) => {
  const { t } = useTranslation();
  return (
    <DateTimePicker
      valueFormat="D MMM YYYY HH:mm"
      clearable
      highlightToday
      {...useCalendarLabels()}
      timePickerProps={{
        format: "24h",
        hoursInputLabel: t("dates.hours"),
        minutesInputLabel: t("dates.minutes"),
        hoursInputProps: selectWhole,
        minutesInputProps: selectWhole,
      }}
      submitButtonProps={{ "aria-label": t("dates.done") }}
      {...props}
      value={value ?? null}
      onChange={(picked) => onChange(fromPickedDateTime(picked))}
    />
  );
};
