import { removeDevice, saveDevice } from "./devicesData";

const vapidKey = import.meta.env.VITE_FIREBASE_VAPID_KEY;

// Whether this installation can send pushes at all (it has a web push key): without one the
// push choices are kept but cannot be changed, as they would do nothing.
export const pushConfigured = Boolean(vapidKey);

// Why push can or cannot work in this browser; every reason but "available" is one sentence on
// the settings screen.
export type PushAvailability = "available" | "unconfigured" | "unsupported" | "denied";

const loadMessaging = () => import("./messaging");

export const pushAvailability = async (): Promise<PushAvailability> => {
  if (!pushConfigured) return "unconfigured";
  if (!("Notification" in window) || !("serviceWorker" in navigator)) return "unsupported";
  const messaging = await loadMessaging();
  if (!(await messaging.messagingSupported())) return "unsupported";
  if (Notification.permission === "denied") return "denied";
  return "available";
};

// Which of the user's devices is this browser: kept locally, as only this browser knows its token.
const storageKey = (uid: string) => `pano.pushDevice.${uid}`;
export const thisDeviceId = (uid: string) => localStorage.getItem(storageKey(uid));

// Saves the current token: the same token refreshes its document's lastSeenAt, a new token
// (the browser renewed it) replaces the old document.
export const refreshThisDevice = async (uid: string) => {
  if (!vapidKey) return;
  const messaging = await loadMessaging();
  const id = await saveDevice(uid, await messaging.currentToken(vapidKey));
  const previous = thisDeviceId(uid);
  localStorage.setItem(storageKey(uid), id);
  if (previous && previous !== id) await removeDevice(uid, previous);
};

export const enablePush = async (uid: string): Promise<"enabled" | "denied"> => {
  if ((await Notification.requestPermission()) !== "granted") return "denied";
  await refreshThisDevice(uid);
  return "enabled";
};

// Sign-out and "remove" on this device: its document goes and the browser drops its token, so no
// push for this account reaches whoever uses the browser next.
export const forgetThisDevice = async (uid: string) => {
  const id = thisDeviceId(uid);
  if (!id) return;
  localStorage.removeItem(storageKey(uid));
  await removeDevice(uid, id);
  const messaging = await loadMessaging();
  await messaging.dropToken();
};

export const listenForForegroundPushes = async (
  show: Parameters<Awaited<ReturnType<typeof loadMessaging>>["onForegroundMessage"]>[0],
) => (await loadMessaging()).onForegroundMessage(show);
