import { Paper, SimpleGrid, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import {
  formatDays,
  formatNumber,
  formatPercent,
  formatMoney,
  type ReportSummary,
} from "@pano/domain";
import { useLocale } from "@/lib/i18n";
import { useMoneyText } from "../hooks/useMoneyText";

type CardProps = { label: string; value: string; detail?: string };

const SummaryCard = ({ label, value, detail }: CardProps) => (
  <Paper withBorder p="md" radius="md" role="group" aria-label={label}>
    <Text size="sm" c="dimmed">
      {label}
    </Text>
    <Text fw={700} size="xl" style={{ overflowWrap: "anywhere" }}>
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
  const moneyText = useMoneyText();
  const average = summary.averageWon;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} mb="lg">
      <SummaryCard
        label={t("reports.openPipeline")}
        value={moneyText(summary.openPipeline.value)}
        detail={t("reports.dealCount", { count: summary.openPipeline.count })}
      />
      <SummaryCard
        label={t("reports.wonInPeriod")}
        value={moneyText(summary.won.value)}
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
          average.kind === "single"
            ? formatMoney(average.amount.amount, average.amount.currency, locale)
            : "—"
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
