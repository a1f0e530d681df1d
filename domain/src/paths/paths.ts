// Every Firestore path in Pano is built here, so web, functions, rules tests and seed agree.
export const paths = {
  users: () => "users",
  user: (uid: string) => `users/${uid}`,
  devices: (uid: string) => `users/${uid}/devices`,
  notifications: (uid: string) => `users/${uid}/notifications`,
  workspaces: () => "workspaces",
  workspace: (workspaceId: string) => `workspaces/${workspaceId}`,
  members: (workspaceId: string) => `workspaces/${workspaceId}/members`,
  member: (workspaceId: string, uid: string) => `workspaces/${workspaceId}/members/${uid}`,
  invites: (workspaceId: string) => `workspaces/${workspaceId}/invites`,
  // One invite per address and workspace: the id is the lowercased e-mail.
  invite: (workspaceId: string, email: string) => `workspaces/${workspaceId}/invites/${email}`,
  customers: (workspaceId: string) => `workspaces/${workspaceId}/customers`,
  customer: (workspaceId: string, customerId: string) =>
    `workspaces/${workspaceId}/customers/${customerId}`,
  deals: (workspaceId: string) => `workspaces/${workspaceId}/deals`,
  deal: (workspaceId: string, dealId: string) => `workspaces/${workspaceId}/deals/${dealId}`,
  projects: (workspaceId: string) => `workspaces/${workspaceId}/projects`,
  project: (workspaceId: string, projectId: string) =>
    `workspaces/${workspaceId}/projects/${projectId}`,
  tasks: (workspaceId: string) => `workspaces/${workspaceId}/tasks`,
  task: (workspaceId: string, taskId: string) => `workspaces/${workspaceId}/tasks/${taskId}`,
  // Markers of trigger events already applied, so a redelivered event changes nothing.
  processedEvent: (workspaceId: string, eventId: string) =>
    `workspaces/${workspaceId}/processedEvents/${eventId}`,
  activity: (workspaceId: string, activityId: string) =>
    `workspaces/${workspaceId}/activity/${activityId}`,
  notification: (uid: string, notificationId: string) =>
    `users/${uid}/notifications/${notificationId}`,
  interactions: (workspaceId: string) => `workspaces/${workspaceId}/interactions`,
  interaction: (workspaceId: string, interactionId: string) =>
    `workspaces/${workspaceId}/interactions/${interactionId}`,
} as const;

export const collectionGroups = { members: "members", invites: "invites" } as const;
