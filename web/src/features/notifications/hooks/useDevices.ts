import type { Device } from "@pano/domain";
import type { Row } from "@/lib/firebase/subscribe";
import { useSubscription } from "@/lib/useSubscription";
import { watchDevices } from "../data/devicesData";

export const useDevices = (uid: string) =>
  useSubscription<Row<Device>[]>(`devices/${uid}`, (listener) => watchDevices(uid, listener));
