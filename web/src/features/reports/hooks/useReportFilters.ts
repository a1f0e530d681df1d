import {
  istanbulMonthKey,
  monthSchema,
  periodRange,
  reportPeriodKinds,
  type ReportPeriod,
  type ReportPeriodKind,
} from "@pano/domain";
import { useQueryParams } from "@/lib/useQueryParams";

export type ReportFilters = { period: ReportPeriod; ownerId: string | null };

const isPeriodKind = (value: string | null): value is ReportPeriodKind =>
  reportPeriodKinds.some((kind) => kind === value);

const monthOr = (value: string | null, fallback: string) =>
  monthSchema.safeParse(value).success && value ? value : fallback;

// The period and owner live in the address, so a report can be shared as a link; the default is
// the last three months.
export const useReportFilters = () => {
  const params = useQueryParams();
  const kind = params.get("period");
  const now = new Date();
  const current = istanbulMonthKey(now);
  const period: ReportPeriod = !isPeriodKind(kind)
    ? { kind: "last3Months" }
    : kind === "custom"
      ? {
          kind,
          from: monthOr(params.get("from"), current),
          to: monthOr(params.get("to"), current),
        }
      : { kind };
  const filters: ReportFilters = { period, ownerId: params.get("owner") };
  const setFilters = (next: ReportFilters) =>
    params.update({
      period: next.period.kind === "last3Months" ? null : next.period.kind,
      from: next.period.kind === "custom" ? next.period.from : null,
      to: next.period.kind === "custom" ? next.period.to : null,
      owner: next.ownerId,
    });
  return { filters, setFilters, range: periodRange(period, now) };
};
