import { useParams } from "react-router";
import { ProjectDetail } from "@/features/projects";

export const ProjectPage = () => {
  const { projectId = "" } = useParams();
  return <ProjectDetail key={projectId} projectId={projectId} />;
};
