export { CustomerProjects } from "./components/CustomerProjects";
export { DealProjectLink } from "./components/DealProjectLink";
export { ProjectDetail } from "./components/ProjectDetail";
export { ProjectList } from "./components/ProjectList";
export { useProjects } from "./hooks/useProjects";
