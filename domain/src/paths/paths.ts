// Every Firestore path in Pano is built here, so web, functions, rules tests and seed agree.
// A document path keeps its arguments in its type: paths.task("{workspaceId}", "{taskId}") is a
// trigger's pattern, and the trigger's event params are typed from it.
export const paths = {
  users: () => "users",
  user: (uid: string) => `users/${uid}`,
  devices: (uid: string) => `users/${uid}/devices`,
  notifications: (uid: string) => `users/${uid}/notifications`,
  // The user's notification settings (one document; absent means the defaults).
  notificationPreferences: (uid: string) => `users/${uid}/preferences/notifications`,
  device: (uid: string, deviceId: string) => `users/${uid}/devices/${deviceId}`,
  workspaces: () => "workspaces",
  workspace: <W extends string>(workspaceId: W) => `workspaces/${workspaceId}` as const,
  members: (workspaceId: string) => `workspaces/${workspaceId}/members`,
  member: <W extends string, D extends string>(workspaceId: W, uid: D) =>
    `workspaces/${workspaceId}/members/${uid}` as const,
  invites: (workspaceId: string) => `workspaces/${workspaceId}/invites`,
  // One invite per address and workspace: the id is the lowercased e-mail.
  invite: <W extends string, D extends string>(workspaceId: W, email: D) =>
    `workspaces/${workspaceId}/invites/${email}` as const,
  customers: (workspaceId: string) => `workspaces/${workspaceId}/customers`,
  customer: <W extends string, D extends string>(workspaceId: W, customerId: D) =>
    `workspaces/${workspaceId}/customers/${customerId}` as const,
  deals: (workspaceId: string) => `workspaces/${workspaceId}/deals`,
  deal: <W extends string, D extends string>(workspaceId: W, dealId: D) =>
    `workspaces/${workspaceId}/deals/${dealId}` as const,
  projects: (workspaceId: string) => `workspaces/${workspaceId}/projects`,
  project: <W extends string, D extends string>(workspaceId: W, projectId: D) =>
    `workspaces/${workspaceId}/projects/${projectId}` as const,
  tasks: (workspaceId: string) => `workspaces/${workspaceId}/tasks`,
  task: <W extends string, D extends string>(workspaceId: W, taskId: D) =>
    `workspaces/${workspaceId}/tasks/${taskId}` as const,
  // Markers of trigger events already applied, so a redelivered event changes nothing.
  processedEvent: <W extends string, D extends string>(workspaceId: W, eventId: D) =>
    `workspaces/${workspaceId}/processedEvents/${eventId}` as const,
  // Functions only: the shards a sharded counter document is the sum of (domain/src/counters).
  counterShards: (documentPath: string) => `${documentPath}/counterShards`,
  counterShard: (documentPath: string, index: number) => `${documentPath}/counterShards/${index}`,
  // Functions only: a workspace's counter documents waiting for a fold, keyed by the document's id.
  counterFolds: (workspaceId: string) => `workspaces/${workspaceId}/counterFolds`,
  counterFold: <W extends string, D extends string>(workspaceId: W, documentId: D) =>
    `workspaces/${workspaceId}/counterFolds/${documentId}` as const,
  // Functions only: a report aggregate's fold request, beside its shards under the stats
  // document (a stats id beside project ids in the workspace's counterFolds could meet one).
  statsCounterFold: (workspaceId: string, statsId: string) =>
    `workspaces/${workspaceId}/stats/${statsId}/counterFolds/fold`,
  activity: <W extends string, D extends string>(workspaceId: W, activityId: D) =>
    `workspaces/${workspaceId}/activity/${activityId}` as const,
  notification: <W extends string, D extends string>(uid: W, notificationId: D) =>
    `users/${uid}/notifications/${notificationId}` as const,
  // Functions only: the next notice each dated task or follow-up waits for.
  reminders: (workspaceId: string) => `workspaces/${workspaceId}/reminders`,
  reminder: <W extends string, D extends string>(workspaceId: W, reminderId: D) =>
    `workspaces/${workspaceId}/reminders/${reminderId}` as const,
  // Functions only: one record per scheduled reminder run.
  reminderRuns: () => "reminderRuns",
  reminderRun: (runId: string) => `reminderRuns/${runId}`,
  // What the emulator's push sender recorded (FCM does not exist there); functions only.
  pushOutbox: () => "pushOutbox",
  pushOutboxEntry: (entryId: string) => `pushOutbox/${entryId}`,
  // Report aggregates (functions only): "pipeline" and one "month-YYYY-MM" per month.
  stats: (workspaceId: string) => `workspaces/${workspaceId}/stats`,
  statsDoc: <W extends string, D extends string>(workspaceId: W, statsId: D) =>
    `workspaces/${workspaceId}/stats/${statsId}` as const,
  // Functions only: what each deal, interaction, task and project adds to the stats now.
  statsEntries: (workspaceId: string) => `workspaces/${workspaceId}/statsEntries`,
  statsEntry: <W extends string, D extends string>(workspaceId: W, entryId: D) =>
    `workspaces/${workspaceId}/statsEntries/${entryId}` as const,
  interactions: (workspaceId: string) => `workspaces/${workspaceId}/interactions`,
  interaction: <W extends string, D extends string>(workspaceId: W, interactionId: D) =>
    `workspaces/${workspaceId}/interactions/${interactionId}` as const,
} as const;

export const collectionGroups = {
  members: "members",
  invites: "invites",
  reminders: "reminders",
  notifications: "notifications",
  counterFolds: "counterFolds",
} as const;
