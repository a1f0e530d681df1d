import { z } from "zod";
import type { DocumentWrite, WriteTime } from "../documents/documentWrite";
import { timestampSchema } from "../validation/common";
import type { NotificationText } from "./notificationText";

// One push to one device, in the shape FCM takes: the rendered title and body, and the in-app
// path the click opens (data values must be strings).
export const pushMessageSchema = z.object({
  token: z.string(),
  notification: z.object({ title: z.string(), body: z.string() }),
  data: z.object({ link: z.string() }),
});
export type PushMessage = z.infer<typeof pushMessageSchema>;

export const pushMessage = (token: string, text: NotificationText, link: string): PushMessage => ({
  token,
  notification: { title: text.title, body: text.body },
  data: { link },
});

// Where the emulator's sender records each message it would have sent (functions only).
export const pushOutboxEntrySchema = pushMessageSchema.extend({ sentAt: timestampSchema });
export type PushOutboxEntry = z.infer<typeof pushOutboxEntrySchema>;

export const newPushOutboxEntry = (
  message: PushMessage,
  now: WriteTime,
): DocumentWrite<PushOutboxEntry> => ({ ...message, sentAt: now });
