import { useParams } from "react-router";
import { ProjectDealLink } from "@/features/deals";
import { ProjectDetail } from "@/features/projects";

export const ProjectPage = () => {
  const { projectId = "" } = useParams();
  return (
    <ProjectDetail
      key={projectId}
      projectId={projectId}
      dealLink={(project) => <ProjectDealLink project={project} />}
    />
  );
};
