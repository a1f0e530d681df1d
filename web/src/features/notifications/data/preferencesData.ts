import {
  newNotificationPreferences,
  notificationPreferencesSchema,
  paths,
  type NotificationPreferences,
} from "@pano/domain";
import { subscribeDoc, type Listener, type Row } from "@/lib/firebase/subscribe";
import { typedDoc } from "@/lib/firebase/typedRefs";
import { serverTime, setDocument } from "@/lib/firebase/writes";

const preferences = (uid: string) =>
  typedDoc(paths.notificationPreferences(uid), notificationPreferencesSchema);

// Null until the user first saves: the settings then show the defaults.
export const watchPreferences = (
  uid: string,
  listener: Listener<Row<NotificationPreferences> | null>,
) => subscribeDoc(preferences(uid), listener);

export const savePreferences = (uid: string, values: Omit<NotificationPreferences, "updatedAt">) =>
  setDocument(preferences(uid), newNotificationPreferences(values, serverTime()));
