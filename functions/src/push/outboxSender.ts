import { newPushOutboxEntry, paths } from "@pano/domain";
import { db } from "../lib/admin";
import { pushOutboxEntryRef } from "../lib/refs";
import { createIn, serverTime } from "../lib/typedWrites";
import type { PushSender } from "./pushSender";

// FCM does not exist under the emulator: each message is recorded exactly as FCM would get it,
// so tests and developers can see what would have been sent. Every token is taken as valid.
export const outboxSender: PushSender = async (messages) => {
  await db.runTransaction(async (transaction) => {
    for (const message of messages)
      createIn(
        transaction,
        pushOutboxEntryRef(db.collection(paths.pushOutbox()).doc().id),
        newPushOutboxEntry(message, serverTime()),
      );
  });
  return messages.map((message) => ({ token: message.token, error: null }));
};
