import { BarChart } from "@mantine/charts";
import { useTranslation } from "react-i18next";
import { formatNumber, formatWeek, type ReportSeries } from "@pano/domain";
import { useLocale } from "@/lib/i18n";
import { ChartCard } from "./ChartCard";

const colors = { email: "blue.6", call: "teal.6", note: "yellow.6", meeting: "grape.6" } as const;

export const InteractionsChart = ({ weeks }: { weeks: ReportSeries["interactionsByWeek"] }) => {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <ChartCard
      title={t("reports.interactionsByWeek")}
      empty={weeks.length > 0 ? null : t("reports.noInteractions")}
    >
      <BarChart
        h={260}
        type="stacked"
        data={weeks.map((week) => ({ ...week, label: formatWeek(week.week, locale) }))}
        dataKey="label"
        series={Object.entries(colors).map(([type, color]) => ({
          name: type,
          label: t(`interactions.types.${type}`),
          color,
        }))}
        valueFormatter={(value) => formatNumber(value, locale)}
        withLegend
        tickLine="none"
        // Labels left out where they would collide are every other one, from the latest week.
        xAxisProps={{ interval: "equidistantPreserveEnd" }}
        yAxisProps={{ allowDecimals: false, width: 32 }}
      />
    </ChartCard>
  );
};
