import { useState } from "react";
import type { AppNotification } from "@pano/domain";
import type { Row } from "@/lib/firebase/subscribe";
import { useSubscription } from "@/lib/useSubscription";
import { watchInbox } from "../data/notificationsData";

export const inboxPageSize = 20;

// The newest entries, live; "load more" widens the window by a page and keeps it live.
export const useInbox = (uid: string) => {
  const [count, setCount] = useState(inboxPageSize);
  const state = useSubscription<Row<AppNotification>[]>(`inbox/${uid}/${count}`, (listener) =>
    watchInbox(uid, count, listener),
  );
  const rows = state.status === "ready" ? state.data : [];
  return {
    state,
    notifications: rows.slice(0, count),
    hasMore: rows.length > count,
    loadMore: () => setCount((current) => current + inboxPageSize),
  };
};
