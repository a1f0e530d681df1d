import { SimpleGrid, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import {
  countsToCsvRows,
  formatMonth,
  formatNumber,
  formatPercent,
  noOne,
  ownersToCsvRows,
  type ReportTables as Tables,
} from "@pano/domain";
import { useLocale } from "@/lib/i18n";
import { MoneyAmounts } from "./MoneyAmounts";
import { ReportTable } from "./ReportTable";

type ReportTablesProps = { tables: Tables; nameOf: (uid: string) => string };

export const ReportTables = ({ tables, nameOf }: ReportTablesProps) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const number = (value: number) => formatNumber(value, locale);
  const ownerHeaders = {
    owner: t("reports.owner"),
    won: t("reports.won"),
    wonValue: t("reports.wonValue"),
    lost: t("reports.lost"),
    winRate: t("reports.winRate"),
  };
  const reasonHeaders = [t("reports.reason"), t("reports.count")];
  // Deals lost before a reason was asked for (or written by other tools) have none.
  const reasonLabel = (reason: string) => (reason === noOne ? t("reports.noReason") : reason);
  const memberHeaders = [t("reports.member"), t("reports.interactions")];
  const monthHeaders = [
    t("reports.month"),
    t("reports.customersContacted"),
    t("reports.interactions"),
  ];
  return (
    <Stack gap="lg">
      <ReportTable
        title={t("reports.perOwner")}
        fileName={t("reports.perOwnerFile")}
        headers={Object.values(ownerHeaders)}
        numericFrom={1}
        rows={tables.owners.map((row) => ({
          key: row.ownerId,
          cells: [
            nameOf(row.ownerId),
            number(row.wonCount),
            <MoneyAmounts key="value" amounts={row.wonValue} />,
            number(row.lostCount),
            row.winRate === null ? "—" : formatPercent(row.winRate, locale),
          ],
        }))}
        empty={t("reports.noClosedDeals")}
        csvRows={() => ownersToCsvRows(tables.owners, ownerHeaders, nameOf, locale)}
      />
      <SimpleGrid cols={{ base: 1, lg: 3 }}>
        <ReportTable
          title={t("reports.lostReasons")}
          fileName={t("reports.lostReasonsFile")}
          headers={reasonHeaders}
          numericFrom={1}
          rows={tables.lostReasons.map((row) => ({
            key: row.reason,
            cells: [reasonLabel(row.reason), number(row.count)],
          }))}
          empty={t("reports.noLostDeals")}
          csvRows={() =>
            countsToCsvRows(
              reasonHeaders,
              tables.lostReasons.map((row) => [reasonLabel(row.reason), row.count]),
            )
          }
        />
        <ReportTable
          title={t("reports.interactionsPerMember")}
          fileName={t("reports.interactionsPerMemberFile")}
          headers={memberHeaders}
          numericFrom={1}
          rows={tables.interactionsByMember.map((row) => ({
            key: row.memberId,
            cells: [nameOf(row.memberId), number(row.count)],
          }))}
          empty={t("reports.noInteractions")}
          csvRows={() =>
            countsToCsvRows(
              memberHeaders,
              tables.interactionsByMember.map((row) => [nameOf(row.memberId), row.count]),
            )
          }
        />
        <ReportTable
          title={t("reports.customersPerMonth")}
          fileName={t("reports.customersPerMonthFile")}
          headers={monthHeaders}
          numericFrom={1}
          rows={tables.customersByMonth.map((row) => ({
            key: row.month,
            cells: [
              formatMonth(row.month, locale),
              number(row.customers),
              number(row.interactions),
            ],
          }))}
          empty={t("reports.noInteractions")}
          csvRows={() =>
            countsToCsvRows(
              monthHeaders,
              tables.customersByMonth.map((row) => [
                formatMonth(row.month, locale),
                row.customers,
                row.interactions,
              ]),
            )
          }
        />
      </SimpleGrid>
    </Stack>
  );
};
