import {
  connectFirestoreEmulator,
  initializeFirestore,
  persistentLocalCache,
  persistentMultipleTabManager,
} from "firebase/firestore";
import { emulatorHost, firebaseApp } from "./firebaseApp";
import { usesEmulators } from "./firebaseConfig";

// A persistent cache keeps writes made offline across reloads and shares them between tabs.
export const db = initializeFirestore(firebaseApp, {
  localCache: persistentLocalCache({ tabManager: persistentMultipleTabManager() }),
});

if (usesEmulators) connectFirestoreEmulator(db, emulatorHost(), 8080);
