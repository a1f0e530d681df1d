import { query, where } from "firebase/firestore";
import {
  monthStatsSchema,
  paths,
  pipelineStatsId,
  pipelineStatsSchema,
  type MonthRange,
  type MonthStats,
  type PipelineStats,
} from "@pano/domain";
import {
  subscribeDoc,
  subscribeQuery,
  type Listener,
  type Unsubscribe,
} from "@/lib/firebase/subscribe";
import { typedCollection, typedDoc } from "@/lib/firebase/typedRefs";

export type ReportStats = {
  pipeline: PipelineStats | null;
  months: MonthStats[];
  // Whether the server has answered for the period's months. Until then they are what the
  // device's cache happens to hold, which for a period never read here is some of its months.
  confirmed: boolean;
};

const pipelineStats = (workspaceId: string) =>
  typedDoc(paths.statsDoc(workspaceId, pipelineStatsId), pipelineStatsSchema);

// The period's month documents, by their month (the pipeline document has none). One query
// rather than a listener per month: a month's document is created by the first event of that
// month, possibly while the report is open, and a query takes in a document it did not match
// before, as a listener on a missing document did not always do on the emulator under load.
const monthStatsIn = (workspaceId: string, range: MonthRange) =>
  query(
    typedCollection(paths.stats(workspaceId), monthStatsSchema),
    where("month", ">=", range.from),
    where("month", "<=", range.to),
  );

// The report reads only its aggregates: the pipeline document and one document per month of the
// period, never a deal or an interaction, so opening it costs the same at any data size. Both are
// watched live; the report is published once both have answered.
export const watchReportStats = (
  workspaceId: string,
  range: MonthRange,
  listener: Listener<ReportStats>,
): Unsubscribe => {
  let pipeline: PipelineStats | null | undefined;
  let months: MonthStats[] | undefined;
  let confirmed = false;
  let published: ReportStats | undefined;
  const publish = () => {
    if (pipeline === undefined || months === undefined) return;
    // The same answer again (the server confirming the cache) renders nothing again.
    if (
      published?.pipeline === pipeline &&
      published.months === months &&
      published.confirmed === confirmed
    )
      return;
    published = { pipeline, months, confirmed };
    listener.next(published);
  };
  const unsubscribes = [
    subscribeDoc(pipelineStats(workspaceId), {
      next: (row) => {
        pipeline = row;
        publish();
      },
      error: listener.error,
    }),
    subscribeQuery(
      monthStatsIn(workspaceId, range),
      {
        next: (rows) => {
          months = rows;
          publish();
        },
        error: listener.error,
      },
      () => {
        confirmed = true;
      },
    ),
  ];
  return () => unsubscribes.forEach((unsubscribe) => unsubscribe());
};
