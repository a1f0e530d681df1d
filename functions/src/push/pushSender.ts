import type { PushMessage } from "@pano/domain";

// What became of one message: sent (error null) or refused with FCM's error code.
export type PushResult = { token: string; error: string | null };

// The one way functions send pushes: FCM in production, the outbox under the emulator, a fake in
// tests that call handlers directly.
export type PushSender = (messages: PushMessage[]) => Promise<PushResult[]>;
