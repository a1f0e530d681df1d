type CountedTask = { projectId: string | null; status: string } | undefined;
export type CounterDelta = { projectId: string; taskCount: number; doneTaskCount: number };

// How one task write changes its project's counters. A task never changes project (the rules
// forbid it), so before and after concern the same project.
export const taskCounterDelta = (
  before: CountedTask,
  after: CountedTask,
  doneColumnIds: string[],
): CounterDelta | null => {
  const projectId = after?.projectId ?? before?.projectId ?? null;
  if (!projectId) return null;
  const counted = (task: CountedTask) => (task?.projectId ? 1 : 0);
  const done = (task: CountedTask) =>
    task?.projectId && doneColumnIds.includes(task.status) ? 1 : 0;
  const delta = {
    projectId,
    taskCount: counted(after) - counted(before),
    doneTaskCount: done(after) - done(before),
  };
  return delta.taskCount === 0 && delta.doneTaskCount === 0 ? null : delta;
};
