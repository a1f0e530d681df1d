import { ReportsView } from "@/features/reports";

export const ReportsPage = () => <ReportsView />;
