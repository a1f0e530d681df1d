import { BarChart } from "@mantine/charts";
import { useTranslation } from "react-i18next";
import { formatMonth, formatNumber, type ReportSeries } from "@pano/domain";
import { useLocale } from "@/lib/i18n";
import { ChartCard } from "./ChartCard";

export const WonLostChart = ({ months }: { months: ReportSeries["wonLostByMonth"] }) => {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <ChartCard
      title={t("reports.wonLostByMonth")}
      empty={months.some((month) => month.won + month.lost > 0) ? null : t("reports.noClosedDeals")}
    >
      <BarChart
        h={260}
        data={months.map((month) => ({ ...month, label: formatMonth(month.month, locale) }))}
        dataKey="label"
        series={[
          { name: "won", label: t("reports.won"), color: "teal.6" },
          { name: "lost", label: t("reports.lost"), color: "red.6" },
        ]}
        valueFormatter={(value) => formatNumber(value, locale)}
        withLegend
        tickLine="none"
        yAxisProps={{ allowDecimals: false, width: 32 }}
      />
    </ChartCard>
  );
};
