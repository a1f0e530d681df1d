import "@mantine/charts/styles.css";
import { Alert, SimpleGrid, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useCurrentWorkspace } from "@/session/useCurrentWorkspace";
import { useOnline } from "@/lib/sync/useOnline";
import { Loaded } from "@/ui/Loaded";
import { LoadingScreen } from "@/ui/LoadingScreen";
import { PageHeader } from "@/ui/PageHeader";
import { useContactGap } from "../hooks/useContactGap";
import { useReport } from "../hooks/useReport";
import { useReportFilters } from "../hooks/useReportFilters";
import { ContactGapNote } from "./ContactGapNote";
import { InteractionsChart } from "./InteractionsChart";
import { PipelineChart } from "./PipelineChart";
import { ReportFilters } from "./ReportFilters";
import { ReportsEmpty } from "./ReportsEmpty";
import { ReportTables } from "./ReportTables";
import { SummaryCards } from "./SummaryCards";
import { TasksChart } from "./TasksChart";
import { WonLostChart } from "./WonLostChart";

// Every figure comes from the stats documents that functions keep; the page reads nothing else.
export const ReportsView = () => {
  const { t } = useTranslation();
  const { filters, setFilters, range } = useReportFilters();
  const { stats, complete, report, nameOf } = useReport(range, filters.ownerId);
  const online = useOnline();
  const { workspaceId } = useCurrentWorkspace();
  const contactGap = useContactGap(workspaceId, stats);
  return (
    <>
      <PageHeader title={t("nav.reports")} />
      <ReportFilters filters={filters} range={range} onChange={setFilters} />
      <Loaded state={stats}>
        {() =>
          // A period never read on this device is waited for: its months in the cache would add
          // up to figures the period does not have. Offline, they are what there is, said so.
          !complete && online ? (
            <LoadingScreen />
          ) : !report?.hasData ? (
            <ReportsEmpty />
          ) : (
            <Stack gap="lg">
              {!complete && (
                <Alert color="yellow" variant="light">
                  {t("reports.partialOffline")}
                </Alert>
              )}
              <SummaryCards summary={report.summary} />
              <ContactGapNote gap={contactGap} />
              <SimpleGrid cols={{ base: 1, lg: 2 }}>
                <PipelineChart stages={report.pipelineByStage} />
                <WonLostChart months={report.wonLostByMonth} />
                <InteractionsChart weeks={report.interactionsByWeek} />
                <TasksChart
                  tasksCompletedByWeek={report.tasksCompletedByWeek}
                  tasksByAssignee={report.tasksByAssignee}
                  nameOf={nameOf}
                />
              </SimpleGrid>
              <ReportTables tables={report} nameOf={nameOf} />
            </Stack>
          )
        }
      </Loaded>
    </>
  );
};
