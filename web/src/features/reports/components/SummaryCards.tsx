import { Paper, SimpleGrid, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { formatDays, formatNumber, formatPercent, type ReportSummary } from "@pano/domain";
import { useLocale } from "@/lib/i18n";
import { MoneyAmounts } from "./MoneyAmounts";

type CardProps = { label: string; value: ReactNode; detail?: string };

const SummaryCard = ({ label, value, detail }: CardProps) => (
  <Paper withBorder p="md" radius="md" role="group" aria-label={label}>
    <Text size="sm" c="dimmed">
      {label}
    </Text>
    <Text fw={700} size="xl">
      {value}
    </Text>
    {detail && (
      <Text size="sm" c="dimmed" style={{ overflowWrap: "anywhere" }}>
        {detail}
      </Text>
    )}
  </Paper>
);

export const SummaryCards = ({ summary }: { summary: ReportSummary }) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const average = summary.averageWon;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} mb="lg">
      <SummaryCard
        label={t("reports.openPipeline")}
        value={<MoneyAmounts amounts={summary.openPipeline.value} brief />}
        detail={t("reports.dealCount", { count: summary.openPipeline.count })}
      />
      <SummaryCard
        label={t("reports.wonInPeriod")}
        value={<MoneyAmounts amounts={summary.won.value} brief />}
        detail={t("reports.dealCount", { count: summary.won.count })}
      />
      <SummaryCard
        label={t("reports.winRate")}
        value={summary.winRate === null ? "—" : formatPercent(summary.winRate, locale)}
        detail={t("reports.wonLost", {
          won: formatNumber(summary.won.count, locale),
          lost: formatNumber(summary.lostCount, locale),
        })}
      />
      <SummaryCard
        label={t("reports.averageDeal")}
        value={
          average.kind === "perCurrency" ? <MoneyAmounts amounts={average.value} brief /> : "—"
        }
        detail={average.kind === "mixed" ? t("reports.averageMixed") : undefined}
      />
      <SummaryCard
        label={t("reports.averageCycle")}
        value={
          summary.averageCycleDays === null
            ? "—"
            : formatDays(Math.round(summary.averageCycleDays), locale)
        }
        detail={t("reports.averageCycleDetail")}
      />
    </SimpleGrid>
  );
};
