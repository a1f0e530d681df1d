import { getDocs, limit, orderBy, query, where } from "firebase/firestore";
import { notificationSchema, paths, type AppNotification } from "@pano/domain";
import { subscribeQuery, type Listener, type Row } from "@/lib/firebase/subscribe";
import { typedCollection, typedDoc } from "@/lib/firebase/typedRefs";
import { newBatch, updateDocument } from "@/lib/firebase/writes";

// The bell counts at most this many; more reads "99+".
export const unreadCountLimit = 100;
// A batch holds at most 500 writes.
const batchSize = 500;

const notifications = (uid: string) =>
  typedCollection(paths.notifications(uid), notificationSchema);

const notification = (uid: string, id: string) =>
  typedDoc(paths.notification(uid, id), notificationSchema);

const unread = (uid: string, count: number) =>
  query(
    notifications(uid),
    where("inbox", "==", true),
    where("read", "==", false),
    orderBy("createdAt", "desc"),
    limit(count),
  );

export const watchUnreadCount = (uid: string, listener: Listener<number>) =>
  subscribeQuery(unread(uid, unreadCountLimit), {
    next: (rows) => listener.next(rows.length),
    error: listener.error,
  });

// The newest `count` inbox entries, and one more to tell whether there are older ones.
export const watchInbox = (
  uid: string,
  count: number,
  listener: Listener<Row<AppNotification>[]>,
) =>
  subscribeQuery(
    query(
      notifications(uid),
      where("inbox", "==", true),
      orderBy("createdAt", "desc"),
      limit(count + 1),
    ),
    listener,
  );

// The rules let the reader change `read` and nothing else.
export const markRead = (uid: string, id: string) =>
  updateDocument(notification(uid, id), { read: true });

export const markAllRead = async (uid: string) => {
  for (;;) {
    const { docs } = await getDocs(unread(uid, batchSize));
    if (docs.length === 0) return;
    const batch = newBatch();
    for (const document of docs) batch.update(notification(uid, document.id), { read: true });
    await batch.commit();
    if (docs.length < batchSize) return;
  }
};
