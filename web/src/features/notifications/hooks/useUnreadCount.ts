import { useSubscription } from "@/lib/useSubscription";
import { watchUnreadCount } from "../data/notificationsData";

export const useUnreadCount = (uid: string) =>
  useSubscription<number>(`unread/${uid}`, (listener) => watchUnreadCount(uid, listener));
