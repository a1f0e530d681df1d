export { ReportsView } from "./components/ReportsView";
export { RebuildReports } from "./components/RebuildReports";
