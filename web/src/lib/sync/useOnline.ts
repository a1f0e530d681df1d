import { useSyncExternalStore } from "react";
import { isOnline, onConnectivityChange } from "./connectivity";

export const useOnline = () => useSyncExternalStore(onConnectivityChange, isOnline);
