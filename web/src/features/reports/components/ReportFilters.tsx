import { Group, Select, Text } from "@mantine/core";
import { MonthPickerInput } from "@mantine/dates";
import { useTranslation } from "react-i18next";
import {
  addMonths,
  maxReportMonths,
  periodRange,
  reportPeriodKinds,
  type MonthRange,
  type ReportPeriodKind,
} from "@pano/domain";
import { assignableOptions } from "@/lookups/utils/assignableOptions";
import { useMembers } from "@/lookups/hooks/useMembers";
import { useCurrentWorkspace } from "@/session/useCurrentWorkspace";
import { useCalendarLabels } from "@/ui/useCalendarLabels";
import type { ReportFilters as Filters } from "../hooks/useReportFilters";

type ReportFiltersProps = {
  filters: Filters;
  // The months the report covers: a custom range as given, in order and at most maxReportMonths.
  range: MonthRange;
  onChange: (filters: Filters) => void;
};

// Month pickers speak "YYYY-MM-DD"; a report month is its first seven characters.
// The "whole team" choice: no member uid looks like it.
const everyone = "_everyone";

const pickedMonth = (value: string | null) => (value ? value.slice(0, 7) : null);

export const ReportFilters = ({ filters, range, onChange }: ReportFiltersProps) => {
  const { t } = useTranslation();
  const { workspaceId } = useCurrentWorkspace();
  const members = useMembers(workspaceId);
  const known = members.status === "ready" ? members.data : [];
  const owners = assignableOptions(known);
  const calendarLabels = useCalendarLabels();
  const { period, ownerId } = filters;
  const { from, to } = range;
  // An owner from a shared link who can no longer own deals (now a viewer) keeps their name.
  const linkedOwner =
    ownerId && !owners.some((owner) => owner.value === ownerId)
      ? known.find((member) => member.uid === ownerId)
      : undefined;

  const handlePeriod = (kind: string | null) => {
    const picked = reportPeriodKinds.find((candidate) => candidate === kind);
    if (!picked) return;
    onChange({
      ...filters,
      period: picked === "custom" ? { kind: picked, from, to } : { kind: picked },
    });
  };
  // The address holds the range the report shows: in order, and cut to its last
  // maxReportMonths months.
  const handleRange = (picked: { from: string | null; to: string | null }) => {
    if (!picked.from || !picked.to) return;
    const shown = periodRange({ kind: "custom", from: picked.from, to: picked.to }, new Date());
    onChange({ ...filters, period: { kind: "custom", ...shown } });
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
              minDate={`${addMonths(to, -(maxReportMonths - 1))}-01`}
              description={t("reports.rangeLimit", { count: maxReportMonths })}
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
            ...owners,
            ...(linkedOwner ? [{ value: linkedOwner.uid, label: linkedOwner.displayName }] : []),
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
