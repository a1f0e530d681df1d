import type { NotificationPreferences } from "@pano/domain";
import type { Row } from "@/lib/firebase/subscribe";
import { useSubscription } from "@/lib/useSubscription";
import { watchPreferences } from "../data/preferencesData";

export const useNotificationPreferences = (uid: string) =>
  useSubscription<Row<NotificationPreferences> | null>(`preferences/${uid}`, (listener) =>
    watchPreferences(uid, listener),
  );
