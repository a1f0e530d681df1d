import { z } from "zod";
import { timestampSchema } from "../validation/common";

// A trigger event already applied: its id is the marker's, so a redelivered event changes nothing.
// Markers expire (a TTL policy on expireAt) once redelivery can no longer happen.
export const processedEventSchema = z.object({ expireAt: timestampSchema });
export type ProcessedEvent = z.infer<typeof processedEventSchema>;

const markerLifetimeMs = 7 * 24 * 60 * 60 * 1000;

export const newProcessedEvent = (now: Date): ProcessedEvent => ({
  expireAt: new Date(now.getTime() + markerLifetimeMs),
});
