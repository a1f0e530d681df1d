import type { Task } from "../tasks/taskSchema";

// The in-app page a notification opens: where the thing it is about lives.
export const taskLink = (
  workspaceId: string,
  task: Pick<Task, "projectId" | "dealId" | "customerId">,
) => {
  if (task.projectId) return `/w/${workspaceId}/projects/${task.projectId}`;
  if (task.dealId) return `/w/${workspaceId}/deals/${task.dealId}`;
  if (task.customerId) return `/w/${workspaceId}/customers/${task.customerId}`;
  return `/w/${workspaceId}/tasks`;
};

export const customerLink = (workspaceId: string, customerId: string) =>
  `/w/${workspaceId}/customers/${customerId}`;

export const dealLink = (workspaceId: string, dealId: string) =>
  `/w/${workspaceId}/deals/${dealId}`;

// Invitations are answered on the workspace list, outside any workspace.
export const invitationsLink = "/workspaces";
