import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { buildReport, istanbulDayKey, noOne, stagesIn, type MonthRange } from "@pano/domain";
import { useLocale } from "@/lib/i18n";
import { useMemberNames } from "@/lookups/hooks/useMemberNames";
import { useCurrentWorkspace } from "@/session/useCurrentWorkspace";
import { useReportStats } from "./useReportStats";

// The report for a period, recomputed whenever a stats document changes.
export const useReport = (range: MonthRange, ownerId: string | null) => {
  const { t } = useTranslation();
  const locale = useLocale();
  const { workspaceId, workspace } = useCurrentWorkspace();
  const { from, to } = range;
  const { stats, complete } = useReportStats(workspaceId, range);
  const memberName = useMemberNames(workspaceId);
  const nameOf = useMemo(
    () => (uid: string) => (uid === noOne ? t("reports.noAssignee") : memberName(uid)),
    [memberName, t],
  );
  const report = useMemo(
    () =>
      stats.status === "ready"
        ? buildReport({
            ...stats.data,
            range: { from, to },
            stages: stagesIn(workspace.stages, locale),
            ownerId,
            today: istanbulDayKey(new Date()),
            nameOf,
          })
        : null,
    [stats, from, to, workspace.stages, locale, ownerId, nameOf],
  );
  return { stats, complete, report, nameOf };
};
