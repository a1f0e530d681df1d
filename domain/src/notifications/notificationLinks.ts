import type { Task } from "../tasks/taskSchema";

// The page where the task lives, asked to open it (the project board opens its drawer, a deal or
// customer page brings the to-do into view).
const taskHome = (workspaceId: string, task: Pick<Task, "projectId" | "dealId" | "customerId">) => {
  if (task.projectId) return `/w/${workspaceId}/projects/${task.projectId}`;
  if (task.dealId) return `/w/${workspaceId}/deals/${task.dealId}`;
  if (task.customerId) return `/w/${workspaceId}/customers/${task.customerId}`;
  return `/w/${workspaceId}/tasks`;
};

// The search parameter that names the task a page should open.
export const openTaskParam = "task";

export const taskLink = (
  workspaceId: string,
  taskId: string,
  task: Pick<Task, "projectId" | "dealId" | "customerId">,
) => `${taskHome(workspaceId, task)}?${new URLSearchParams({ [openTaskParam]: taskId })}`;

export const customerLink = (workspaceId: string, customerId: string) =>
  `/w/${workspaceId}/customers/${customerId}`;

export const dealLink = (workspaceId: string, dealId: string) =>
  `/w/${workspaceId}/deals/${dealId}`;

// Invitations are answered on the workspace list, outside any workspace.
export const invitationsLink = "/workspaces";
