import {
  IconChartBar,
  IconChecklist,
  IconLayoutKanban,
  IconSettings,
  IconTimeline,
  IconUsers,
} from "@tabler/icons-react";

export const navigation = [
  { path: "customers", label: "nav.customers", icon: IconUsers },
  { path: "pipeline", label: "nav.pipeline", icon: IconTimeline },
  { path: "projects", label: "nav.projects", icon: IconLayoutKanban },
  { path: "tasks", label: "nav.myTasks", icon: IconChecklist },
  { path: "reports", label: "nav.reports", icon: IconChartBar },
  { path: "settings", label: "nav.settings", icon: IconSettings },
] as const;
