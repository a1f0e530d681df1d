import { getDoc, orderBy, query } from "firebase/firestore";
import { deviceIdFor, deviceSchema, deviceSeen, newDevice, paths, type Device } from "@pano/domain";
import { subscribeQuery, type Listener, type Row } from "@/lib/firebase/subscribe";
import { typedCollection, typedDoc } from "@/lib/firebase/typedRefs";
import { deleteDocument, serverTime, setDocument, updateDocument } from "@/lib/firebase/writes";

const devices = (uid: string) => typedCollection(paths.devices(uid), deviceSchema);
const device = (uid: string, id: string) => typedDoc(paths.device(uid, id), deviceSchema);

export const watchDevices = (uid: string, listener: Listener<Row<Device>[]>) =>
  subscribeQuery(query(devices(uid), orderBy("lastSeenAt", "desc")), listener);

// Saves this browser's token and returns its device id: the same token refreshes lastSeenAt,
// a new one gets its own document.
export const saveDevice = async (uid: string, token: string) => {
  const id = await deviceIdFor(token);
  const existing = await getDoc(device(uid, id).withConverter(null));
  if (existing.exists()) await updateDocument(device(uid, id), deviceSeen(serverTime()));
  else await setDocument(device(uid, id), newDevice(token, "web", serverTime()));
  return id;
};

export const removeDevice = (uid: string, id: string) => deleteDocument(device(uid, id));
