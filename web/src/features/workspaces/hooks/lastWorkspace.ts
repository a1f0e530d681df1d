const key = (uid: string) => `pano.lastWorkspace.${uid}`;

// Remembers per user and device which workspace to reopen after sign-in.
export const rememberLastWorkspace = (uid: string, workspaceId: string) =>
  window.localStorage.setItem(key(uid), workspaceId);

export const lastWorkspace = (uid: string) => window.localStorage.getItem(key(uid));
