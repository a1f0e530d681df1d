import { z } from "zod";
import type { DocumentWrite, WriteTime } from "../documents/documentWrite";
import { timestampSchema } from "../validation/common";
import type { NotificationText } from "./notificationText";

// One push to one device, in the shape FCM takes. Data only (FCM data values are strings): with a
// `notification` part the browser's SDK would show it itself and Pano's service worker a second
// time, and a page in front could not turn it into a toast. High urgency: a reminder that waits
// for a phone's idle window is late.
export const pushMessageSchema = z.object({
  token: z.string(),
  data: z.object({ title: z.string(), body: z.string(), link: z.string() }),
  webpush: z.object({ headers: z.object({ Urgency: z.literal("high") }) }),
});
export type PushMessage = z.infer<typeof pushMessageSchema>;

export const pushMessage = (token: string, text: NotificationText, link: string): PushMessage => ({
  token,
  data: { title: text.title, body: text.body, link },
  webpush: { headers: { Urgency: "high" } },
});

// Where the emulator's sender records each message it would have sent (functions only).
export const pushOutboxEntrySchema = pushMessageSchema.extend({ sentAt: timestampSchema });
export type PushOutboxEntry = z.infer<typeof pushOutboxEntrySchema>;

export const newPushOutboxEntry = (
  message: PushMessage,
  now: WriteTime,
): DocumentWrite<PushOutboxEntry> => ({ ...message, sentAt: now });
