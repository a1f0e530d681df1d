/// <reference lib="webworker" />
import { clientsClaim } from "workbox-core";
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from "workbox-precaching";
import { NavigationRoute, registerRoute } from "workbox-routing";

// Pano's app shell worker: it keeps the built app (every file of the build, listed with its
// revision at build time) so Pano opens without a network, and the Firestore cache then shows the
// data. It handles only this origin's files and page loads: Firestore, Auth and Functions go
// straight to the network. Pushes have their own worker and scope (firebase-messaging-sw.js).
declare const self: ServiceWorkerGlobalScope;

// A new build takes over at once and drops the old build's files, so a page loaded after a deploy
// never mixes two builds.
void self.skipWaiting();
clientsClaim();
cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST);

// Every page of the app is index.html (the router picks the screen). Firebase's reserved paths
// (/__/auth/handler and the like) are not the app's and go to the network.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL("/index.html"), { denylist: [/^\/__\//] }),
);
