import { BarChart, LineChart } from "@mantine/charts";
import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatNumber, formatWeek, type ReportSeries } from "@pano/domain";
import { useLocale } from "@/lib/i18n";
import { ChartCard } from "./ChartCard";

type TasksChartProps = Pick<ReportSeries, "tasksCompletedByWeek" | "tasksByAssignee"> & {
  nameOf: (uid: string) => string;
};

export const TasksChart = ({ tasksCompletedByWeek, tasksByAssignee, nameOf }: TasksChartProps) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const valueFormatter = (value: number) => formatNumber(value, locale);
  return (
    <ChartCard
      title={t("reports.tasks")}
      empty={tasksByAssignee.length > 0 ? null : t("reports.noTasks")}
    >
      {tasksCompletedByWeek.length > 0 && (
        <>
          <Text size="sm" c="dimmed" mb="xs">
            {t("reports.completedPerWeek")}
          </Text>
          <LineChart
            h={180}
            mb="md"
            data={tasksCompletedByWeek.map((week) => ({
              ...week,
              label: formatWeek(week.week, locale),
            }))}
            dataKey="label"
            series={[{ name: "completed", label: t("reports.completed"), color: "teal.6" }]}
            valueFormatter={valueFormatter}
            tickLine="none"
            // Labels left out where they would collide are every other one, counted from the
            // latest week, and the first and last points sit far enough in for theirs to show.
            xAxisProps={{ interval: "equidistantPreserveEnd", padding: { left: 24, right: 24 } }}
            yAxisProps={{ allowDecimals: false, width: 32 }}
          />
        </>
      )}
      <Text size="sm" c="dimmed" mb="xs">
        {t("reports.completedVsOverdue")}
      </Text>
      <BarChart
        h={Math.max(160, tasksByAssignee.length * 56)}
        orientation="vertical"
        data={tasksByAssignee.map((row) => ({ ...row, name: nameOf(row.assigneeId) }))}
        dataKey="name"
        series={[
          { name: "completed", label: t("reports.completed"), color: "teal.6" },
          { name: "overdue", label: t("reports.overdueNow"), color: "red.6" },
        ]}
        valueFormatter={valueFormatter}
        xAxisProps={{ allowDecimals: false }}
        yAxisProps={{ width: 120 }}
        gridAxis="none"
        withLegend
      />
    </ChartCard>
  );
};
