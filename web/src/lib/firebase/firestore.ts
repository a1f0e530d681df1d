import {
  connectFirestoreEmulator,
  initializeFirestore,
  memoryLocalCache,
  persistentLocalCache,
  persistentMultipleTabManager,
} from "firebase/firestore";
import { emulatorHost, firebaseApp } from "./firebaseApp";
import { usesEmulators } from "./firebaseConfig";

// A persistent cache keeps writes made offline across reloads and shares them between tabs. A
// build with VITE_FIRESTORE_CACHE=memory keeps nothing on the device (a shared computer), and lets
// the benchmarks say what persistence costs.
export const db = initializeFirestore(firebaseApp, {
  localCache:
    import.meta.env.VITE_FIRESTORE_CACHE === "memory"
      ? memoryLocalCache()
      : persistentLocalCache({ tabManager: persistentMultipleTabManager() }),
});

if (usesEmulators) connectFirestoreEmulator(db, emulatorHost(), 8080);
