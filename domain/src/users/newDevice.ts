import type { DocumentUpdate, DocumentWrite, WriteTime } from "../documents/documentWrite";
import type { Device, DevicePlatform } from "./userSchema";

export const newDevice = (
  token: string,
  platform: DevicePlatform,
  now: WriteTime,
): DocumentWrite<Device> => ({ token, platform, createdAt: now, lastSeenAt: now });

// An app start on a device whose token has not changed.
export const deviceSeen = (now: WriteTime): DocumentUpdate<Device> => ({ lastSeenAt: now });

// A device's document id: the same token always maps to the same document, so signing in again on
// one browser never adds a second entry, and the id does not spell out the token.
export const deviceIdFor = async (token: string): Promise<string> => {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(token));
  return [...new Uint8Array(digest)]
    .slice(0, 16)
    .map((byte) => byte.toString(16).padStart(2, "0"))
    .join("");
};
