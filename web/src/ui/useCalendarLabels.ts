import { useTranslation } from "react-i18next";

// What a screen reader hears on the calendar's controls, in the UI language.
export const useCalendarLabels = () => {
  const { t } = useTranslation();
  return {
    ariaLabels: {
      nextMonth: t("dates.nextMonth"),
      previousMonth: t("dates.previousMonth"),
      nextYear: t("dates.nextYear"),
      previousYear: t("dates.previousYear"),
      nextDecade: t("dates.nextDecade"),
      previousDecade: t("dates.previousDecade"),
      monthLevelControl: t("dates.chooseMonth"),
      yearLevelControl: t("dates.chooseYear"),
    },
    clearButtonProps: { "aria-label": t("dates.clear") },
  };
};
