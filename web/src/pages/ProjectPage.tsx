import { useParams } from "react-router";
import { ProjectDealLink } from "@/features/deals";
import { ProjectDetail } from "@/features/projects";
import { countTasksInColumn, ProjectTasks } from "@/features/tasks";
import { useCurrentWorkspace } from "@/session/useCurrentWorkspace";

export const ProjectPage = () => {
  const { projectId = "" } = useParams();
  const { workspaceId } = useCurrentWorkspace();
  return (
    <ProjectDetail
      key={projectId}
      projectId={projectId}
      dealLink={(project) => <ProjectDealLink project={project} />}
      tasks={(project) => <ProjectTasks project={project} />}
      countTasksInColumn={(id, columnId) => countTasksInColumn(workspaceId, id, columnId)}
    />
  );
};
