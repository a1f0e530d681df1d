// Keep in step with firestore.rules, which cannot import these numbers.
export const limits = {
  displayName: 80,
  email: 254,
  workspaceName: 80,
  stageName: 40,
  stages: 20,
  deviceToken: 4096,
  notificationText: 500,
  link: 500,
} as const;
