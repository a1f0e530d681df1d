import { Group, Select, Text } from "@mantine/core";
import { MonthPickerInput } from "@mantine/dates";
import { useTranslation } from "react-i18next";
import { istanbulMonthKey, reportPeriodKinds, type ReportPeriodKind } from "@pano/domain";
import { useMembers } from "@/lookups/hooks/useMembers";
import { useCurrentWorkspace } from "@/session/useCurrentWorkspace";
import { useCalendarLabels } from "@/ui/useCalendarLabels";
import type { ReportFilters as Filters } from "../hooks/useReportFilters";

type ReportFiltersProps = { filters: Filters; onChange: (filters: Filters) => void };

// Month pickers speak "YYYY-MM-DD"; a report month is its first seven characters.
// The "whole team" choice: no member uid looks like it.
const everyone = "_everyone";

const pickedMonth = (value: string | null) => (value ? value.slice(0, 7) : null);

export const ReportFilters = ({ filters, onChange }: ReportFiltersProps) => {
  const { t } = useTranslation();
  const { workspaceId } = useCurrentWorkspace();
  const members = useMembers(workspaceId);
  const calendarLabels = useCalendarLabels();
  const { period, ownerId } = filters;
  const current = istanbulMonthKey(new Date());
  const from = period.kind === "custom" ? period.from : current;
  const to = period.kind === "custom" ? period.to : current;

  const handlePeriod = (kind: string | null) => {
    const picked = reportPeriodKinds.find((candidate) => candidate === kind);
    if (!picked) return;
    onChange({
      ...filters,
      period: picked === "custom" ? { kind: picked, from, to } : { kind: picked },
    });
  };
  const handleRange = (range: { from: string | null; to: string | null }) => {
    if (range.from && range.to)
      onChange({ ...filters, period: { kind: "custom", from: range.from, to: range.to } });
  };

  return (
    <>
      <Group align="flex-end" wrap="wrap" mb={ownerId ? "xs" : "lg"}>
        <Select
          label={t("reports.period")}
          data={reportPeriodKinds.map((kind: ReportPeriodKind) => ({
            value: kind,
            label: t(`reports.periods.${kind}`),
          }))}
          value={period.kind}
          onChange={handlePeriod}
          allowDeselect={false}
          w={200}
        />
        {period.kind === "custom" && (
          <>
            <MonthPickerInput
              label={t("reports.from")}
              valueFormat="MMMM YYYY"
              value={`${from}-01`}
              onChange={(value) => handleRange({ from: pickedMonth(value), to })}
              w={170}
              {...calendarLabels}
            />
            <MonthPickerInput
              label={t("reports.to")}
              valueFormat="MMMM YYYY"
              value={`${to}-01`}
              onChange={(value) => handleRange({ from, to: pickedMonth(value) })}
              w={170}
              {...calendarLabels}
            />
          </>
        )}
        <Select
          label={t("reports.owner")}
          data={[
            { value: everyone, label: t("reports.everyone") },
            ...(members.status === "ready" ? members.data : []).map((member) => ({
              value: member.uid,
              label: member.displayName,
            })),
          ]}
          value={ownerId ?? everyone}
          onChange={(value) => onChange({ ...filters, ownerId: value === everyone ? null : value })}
          allowDeselect={false}
          w={200}
        />
      </Group>
      {ownerId && (
        <Text size="sm" c="dimmed" mb="lg">
          {t("reports.ownerFilterNote")}
        </Text>
      )}
    </>
  );
};
