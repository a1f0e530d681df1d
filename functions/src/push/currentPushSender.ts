import { fcmSender } from "./fcmSender";
import { outboxSender } from "./outboxSender";
import type { PushSender } from "./pushSender";

// The Functions emulator sets FUNCTIONS_EMULATOR; anywhere else is a real project with FCM.
export const currentPushSender = (): PushSender =>
  process.env.FUNCTIONS_EMULATOR === "true" ? outboxSender : fcmSender;
