export { CustomerProjects } from "./components/CustomerProjects";
export { DealProjectBadge } from "./components/DealProjectBadge";
export { ProjectDetail } from "./components/ProjectDetail";
export { ProjectList } from "./components/ProjectList";
export { useCustomerProjects, useProjects } from "./hooks/useProjects";
