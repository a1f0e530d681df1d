// Every in-app link is built here, so a route change is one edit.
export const routes = {
  customers: (workspaceId: string) => `/w/${workspaceId}/customers`,
  customer: (workspaceId: string, customerId: string) =>
    `/w/${workspaceId}/customers/${customerId}`,
  pipeline: (workspaceId: string) => `/w/${workspaceId}/pipeline`,
  deal: (workspaceId: string, dealId: string) => `/w/${workspaceId}/deals/${dealId}`,
  projects: (workspaceId: string) => `/w/${workspaceId}/projects`,
  project: (workspaceId: string, projectId: string) => `/w/${workspaceId}/projects/${projectId}`,
} as const;
