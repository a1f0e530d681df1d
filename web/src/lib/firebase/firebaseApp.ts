import { initializeApp } from "firebase/app";
import { connectAuthEmulator, getAuth } from "firebase/auth";
import {
  connectFirestoreEmulator,
  initializeFirestore,
  persistentLocalCache,
  persistentMultipleTabManager,
} from "firebase/firestore";
import { connectFunctionsEmulator, getFunctions } from "firebase/functions";
import { functionsRegion } from "@pano/domain";
import { firebaseConfig, usesEmulators } from "./firebaseConfig";

export const firebaseApp = initializeApp(firebaseConfig);

export const auth = getAuth(firebaseApp);

// A persistent cache keeps writes made offline across reloads and shares them between tabs.
export const db = initializeFirestore(firebaseApp, {
  localCache: persistentLocalCache({ tabManager: persistentMultipleTabManager() }),
});

export const functions = getFunctions(firebaseApp, functionsRegion);

if (usesEmulators) {
  // Same host as the page, so a phone on the LAN reaches the emulators of the machine serving it.
  const host = window.location.hostname;
  connectAuthEmulator(auth, `http://${host}:9099`, { disableWarnings: true });
  connectFirestoreEmulator(db, host, 8080);
  connectFunctionsEmulator(functions, host, 5001);
}
