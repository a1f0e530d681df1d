import "@mantine/charts/styles.css";
import { SimpleGrid, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useCurrentWorkspace } from "@/session/useCurrentWorkspace";
import { Loaded } from "@/ui/Loaded";
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
  const { stats, report, nameOf } = useReport(range, filters.ownerId);
  const { workspaceId } = useCurrentWorkspace();
  const contactGap = useContactGap(workspaceId, stats);
  return (
    <>
      <PageHeader title={t("nav.reports")} />
      <ReportFilters filters={filters} onChange={setFilters} />
      <Loaded state={stats}>
        {() =>
          !report?.hasData ? (
            <ReportsEmpty />
          ) : (
            <Stack gap="lg">
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
