import type { DocumentWrite, WriteTime } from "../documents/documentWrite";
import type { Activity } from "./activitySchema";

export const newActivity = (
  entry: Omit<Activity, "createdAt">,
  now: WriteTime,
): DocumentWrite<Activity> => ({ ...entry, createdAt: now });
