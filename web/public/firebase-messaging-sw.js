/* global importScripts, firebase, clients, self */
// Pano's push worker: shows pushes that arrive while Pano is closed or in the background, and
// opens (or focuses) Pano at the push's link when one is clicked. It has no fetch handler and
// caches nothing, so it never serves an old app over a new deploy. The page registers it with the
// Firebase config in its URL (web/src/features/notifications/data/messaging.ts).
importScripts("https://www.gstatic.com/firebasejs/12.19.0/firebase-app-compat.js");
importScripts("https://www.gstatic.com/firebasejs/12.19.0/firebase-messaging-compat.js");

const config = Object.fromEntries(new URL(self.location.href).searchParams);
firebase.initializeApp(config);

// A push carries title, body and link in its data only (domain/src/notifications/pushMessage.ts:
// with a `notification` part the SDK would show it a second time); the page shows one that arrives
// while it is in front as a toast instead (onMessage).
firebase.messaging().onBackgroundMessage((payload) => {
  const data = payload.data ?? {};
  const title = data.title ?? "Pano";
  const body = data.body ?? "";
  return self.registration.showNotification(title, {
    body,
    icon: "/icon-192.png",
    data: { link: data.link ?? "/" },
  });
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const link = new URL(event.notification.data?.link ?? "/", self.location.origin).href;
  event.waitUntil(
    clients.matchAll({ type: "window", includeUncontrolled: true }).then((windows) => {
      const open = windows.find((client) => new URL(client.url).origin === self.location.origin);
      if (!open) return clients.openWindow(link);
      return open.focus().then((focused) => focused.navigate(link));
    }),
  );
});
