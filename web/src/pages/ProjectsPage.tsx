import { ProjectList } from "@/features/projects";

export const ProjectsPage = () => <ProjectList />;
