import { DateTimePicker, type DateTimePickerProps } from "@mantine/dates";
import { useTranslation } from "react-i18next";
import { fromPickedDateTime } from "@/lib/pickerDates";
import { useCalendarLabels } from "./useCalendarLabels";

type DateTimeFieldProps = Omit<DateTimePickerProps, "value" | "onChange" | "type"> & {
  value?: Date | null;
  onChange: (value: Date | null) => void;
};

// A moment, written and picked in the UI language with a 24-hour clock, as both languages here use.
export const DateTimeField = ({ value, onChange, ...props }: DateTimeFieldProps) => {
  const { t } = useTranslation();
  return (
    <DateTimePicker
      valueFormat="D MMMM YYYY HH:mm"
      clearable
      {...useCalendarLabels()}
      timePickerProps={{
        format: "24h",
        hoursInputLabel: t("dates.hours"),
        minutesInputLabel: t("dates.minutes"),
      }}
      submitButtonProps={{ "aria-label": t("dates.done") }}
      {...props}
      value={value ?? null}
      onChange={(picked) => onChange(fromPickedDateTime(picked))}
    />
  );
};
