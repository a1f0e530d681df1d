import { useSyncExternalStore } from "react";
import { pendingWrites } from "../firebase/pendingWrites";
import { syncStatus } from "./syncStatus";
import { useOnline } from "./useOnline";

export const useSyncStatus = () => {
  const online = useOnline();
  const waiting = useSyncExternalStore(pendingWrites.subscribe, pendingWrites.count);
  return syncStatus(online, waiting);
};
