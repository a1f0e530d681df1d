import { BarChart } from "@mantine/charts";
import { Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatNumber, type StageBar } from "@pano/domain";
import { useLocale } from "@/lib/i18n";
import { ChartCard } from "./ChartCard";
import { MoneyAmounts } from "./MoneyAmounts";

export const PipelineChart = ({ stages }: { stages: StageBar[] }) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const bars = stages.map((stage) => ({
    ...stage,
    name: stage.stageId === null ? t("reports.removedStages") : stage.name,
  }));
  return (
    <ChartCard
      title={t("reports.pipelineByStage")}
      empty={stages.some((stage) => stage.count > 0) ? null : t("reports.noOpenDeals")}
    >
      <BarChart
        h={Math.max(160, bars.length * 44)}
        data={bars}
        dataKey="name"
        orientation="vertical"
        series={[{ name: "count", label: t("reports.deals"), color: "blue.6" }]}
        valueFormatter={(value) => formatNumber(value, locale)}
        xAxisProps={{ allowDecimals: false }}
        yAxisProps={{ width: 120 }}
        gridAxis="none"
        withBarValueLabel
      />
      <Stack gap={2} mt="sm">
        {bars
          .filter((stage) => stage.value.length > 0)
          .map((stage) => (
            <Text key={stage.stageId ?? "removed"} size="sm">
              <Text span c="dimmed" size="sm">
                {stage.name}:
              </Text>{" "}
              <MoneyAmounts amounts={stage.value} />
            </Text>
          ))}
      </Stack>
    </ChartCard>
  );
};
