import { getMessaging } from "firebase-admin/messaging";
import { adminApp } from "../lib/admin";
import type { PushResult, PushSender } from "./pushSender";

// sendEach takes at most 500 messages.
const chunkSize = 500;

export const fcmSender: PushSender = async (messages) => {
  const results: PushResult[] = [];
  for (let start = 0; start < messages.length; start += chunkSize) {
    const chunk = messages.slice(start, start + chunkSize);
    const { responses } = await getMessaging(adminApp).sendEach(chunk);
    responses.forEach((response, index) =>
      results.push({
        token: chunk[index]?.token ?? "",
        error: response.success ? null : (response.error?.code ?? "messaging/unknown-error"),
      }),
    );
  }
  return results;
};
