import { DatePickerInput, type DatePickerInputProps } from "@mantine/dates";
import { endOfPickedDay } from "@/lib/pickerDates";
import { useCalendarLabels } from "./useCalendarLabels";

type DateFieldProps = Omit<DatePickerInputProps, "value" | "onChange" | "type"> & {
  value?: Date | null;
  onChange: (value: Date | null) => void;
};

// A due or close day, written and picked in the UI language; the form gets the end of that day.
export const DateField = ({ value, onChange, ...props }: DateFieldProps) => (
  <DatePickerInput
    valueFormat="D MMMM YYYY"
    clearable
    highlightToday
    {...useCalendarLabels()}
    {...props}
    value={value ?? null}
    onChange={(picked) => onChange(endOfPickedDay(picked))}
  />
);
