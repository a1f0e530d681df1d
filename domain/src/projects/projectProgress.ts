// Whole percent of done tasks; null for a project without tasks, which has no progress to show
// (a finished project from before Pano, say, is not at 0 %).
export const projectProgress = (project: {
  taskCount: number;
  doneTaskCount: number;
}): number | null =>
  project.taskCount <= 0
    ? null
    : Math.round((Math.min(project.doneTaskCount, project.taskCount) / project.taskCount) * 100);
