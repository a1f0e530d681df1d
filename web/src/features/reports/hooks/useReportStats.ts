import type { MonthRange } from "@pano/domain";
import { useSubscription } from "@/lib/useSubscription";
import { watchReportStats, type ReportStats } from "../data/reportStats";

export const useReportStats = (workspaceId: string, range: MonthRange) =>
  useSubscription<ReportStats>(`reportStats/${workspaceId}/${range.from}/${range.to}`, (listener) =>
    watchReportStats(workspaceId, range, listener),
  );
