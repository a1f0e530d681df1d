import { useParams } from "react-router";
import { ProjectDealLink } from "@/features/deals";
import { ProjectDetail } from "@/features/projects";
import { countTasksInColumn, ProjectTasks, useProjectTasks } from "@/features/tasks";
import { useCurrentWorkspace } from "@/session/useCurrentWorkspace";

export const ProjectPage = () => {
  const { projectId = "" } = useParams();
  const { workspaceId } = useCurrentWorkspace();
  // The tasks are asked for with the project, not once it has loaded: one round trip less.
  const tasks = useProjectTasks(workspaceId, projectId);
  return (
    <ProjectDetail
      key={projectId}
      projectId={projectId}
      dealLink={(project) => <ProjectDealLink project={project} />}
      tasks={(project) => <ProjectTasks project={project} tasks={tasks} />}
      countTasksInColumn={(id, columnId) => countTasksInColumn(workspaceId, id, columnId)}
    />
  );
};
