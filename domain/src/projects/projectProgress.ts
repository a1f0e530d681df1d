// Whole percent of done tasks; a project without tasks is at 0 %.
export const projectProgress = (project: { taskCount: number; doneTaskCount: number }): number =>
  project.taskCount <= 0
    ? 0
    : Math.round((Math.min(project.doneTaskCount, project.taskCount) / project.taskCount) * 100);
