import {
  deleteToken,
  getMessaging,
  getToken,
  isSupported,
  onMessage,
  type MessagePayload,
} from "firebase/messaging";
import { firebaseApp } from "@/lib/firebase/firebaseApp";
import { firebaseConfig } from "@/lib/firebase/firebaseConfig";

// Loaded only when push is in play (pushDevice.ts imports it on demand), so Firebase Messaging
// never weighs on the first load.

// The worker has no build step: it reads the app's Firebase config from its own URL.
const workerUrl = () => {
  const config = Object.entries(firebaseConfig).filter(
    (entry): entry is [string, string] => typeof entry[1] === "string",
  );
  return `/firebase-messaging-sw.js?${new URLSearchParams(config).toString()}`;
};

export const messagingSupported = () => isSupported();

export const currentToken = async (vapidKey: string) =>
  getToken(getMessaging(firebaseApp), {
    vapidKey,
    serviceWorkerRegistration: await navigator.serviceWorker.register(workerUrl(), {
      scope: "/firebase-cloud-messaging-push-scope",
    }),
  });

export const dropToken = () => deleteToken(getMessaging(firebaseApp));

export type ForegroundMessage = { title: string; body: string; link: string | null };

// A push that arrives while Pano is open and in front; the sender puts title, body and link in
// the message's data only (domain/src/notifications/pushMessage.ts).
export const onForegroundMessage = (show: (message: ForegroundMessage) => void) =>
  onMessage(getMessaging(firebaseApp), (payload: MessagePayload) =>
    show({
      title: payload.data?.title ?? "",
      body: payload.data?.body ?? "",
      link: payload.data?.link ?? null,
    }),
  );
