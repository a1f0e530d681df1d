import type { MonthRange } from "@pano/domain";
import { answeredQueries } from "@/lib/firebase/answeredQueries";
import { useSubscription } from "@/lib/useSubscription";
import { watchReportStats, type ReportStats } from "../data/reportStats";

// `complete`: whether the figures hold the whole period, the server having answered for it now or
// on an earlier visit (the cache then keeps every month of it).
export const useReportStats = (workspaceId: string, range: MonthRange) => {
  const key = `reportStats/${workspaceId}/${range.from}/${range.to}`;
  const stats = useSubscription<ReportStats>(key, (listener) =>
    watchReportStats(workspaceId, range, {
      next: (value) => {
        if (value.confirmed) answeredQueries.add(key);
        listener.next(value);
      },
      error: listener.error,
    }),
  );
  const complete = stats.status === "ready" && (stats.data.confirmed || answeredQueries.has(key));
  return { stats, complete };
};
