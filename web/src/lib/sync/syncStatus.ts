export type SyncStatus =
  { kind: "saved" } | { kind: "saving"; waiting: number } | { kind: "offline"; waiting: number };

// What the header says about this device's changes: offline wins, since nothing waiting will move
// until the connection is back; online, anything unanswered is on its way.
export const syncStatus = (online: boolean, waiting: number): SyncStatus => {
  if (!online) return { kind: "offline", waiting };
  return waiting > 0 ? { kind: "saving", waiting } : { kind: "saved" };
};
