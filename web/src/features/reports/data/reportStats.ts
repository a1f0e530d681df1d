import {
  monthStatsId,
  monthStatsSchema,
  paths,
  pipelineStatsId,
  pipelineStatsSchema,
  type MonthStats,
  type PipelineStats,
} from "@pano/domain";
import { subscribeDoc, type Listener, type Unsubscribe } from "@/lib/firebase/subscribe";
import { typedDoc } from "@/lib/firebase/typedRefs";

export type ReportStats = { pipeline: PipelineStats | null; months: MonthStats[] };

const pipelineStats = (workspaceId: string) =>
  typedDoc(paths.statsDoc(workspaceId, pipelineStatsId), pipelineStatsSchema);

const monthStats = (workspaceId: string, month: string) =>
  typedDoc(paths.statsDoc(workspaceId, monthStatsId(month)), monthStatsSchema);

// The report reads only its aggregates: the pipeline document and one document per month of the
// period, never a deal or an interaction, so opening it costs the same at any data size. Each is
// watched live; the report is published once every document has answered.
export const watchReportStats = (
  workspaceId: string,
  months: string[],
  listener: Listener<ReportStats>,
): Unsubscribe => {
  let pipeline: PipelineStats | null | undefined;
  const monthDocs: (MonthStats | null | undefined)[] = months.map(() => undefined);
  const publish = () => {
    if (pipeline === undefined || monthDocs.includes(undefined)) return;
    listener.next({
      pipeline,
      months: monthDocs.filter((month): month is MonthStats => Boolean(month)),
    });
  };
  const unsubscribes = [
    subscribeDoc(pipelineStats(workspaceId), {
      next: (row) => {
        pipeline = row;
        publish();
      },
      error: listener.error,
    }),
    ...months.map((month, index) =>
      subscribeDoc(monthStats(workspaceId, month), {
        next: (row) => {
          monthDocs[index] = row;
          publish();
        },
        error: listener.error,
      }),
    ),
  ];
  return () => unsubscribes.forEach((unsubscribe) => unsubscribe());
};
