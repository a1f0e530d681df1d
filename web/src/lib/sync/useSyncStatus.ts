import { useSyncExternalStore } from "react";
import { pendingWrites } from "../firebase/pendingWrites";
import { isOnline, onConnectivityChange } from "./connectivity";
import { syncStatus } from "./syncStatus";

export const useSyncStatus = () => {
  const online = useSyncExternalStore(onConnectivityChange, isOnline);
  const waiting = useSyncExternalStore(pendingWrites.subscribe, pendingWrites.count);
  return syncStatus(online, waiting);
};
