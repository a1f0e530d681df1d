import { initializeApp } from "firebase/app";
import { connectAuthEmulator, getAuth } from "firebase/auth";
import { firebaseConfig, usesEmulators } from "./firebaseConfig";

// Only App and Auth load with the first screen; Firestore and Functions come with the pages that
// use them (see firestore.ts and functions.ts).
export const firebaseApp = initializeApp(firebaseConfig);

export const auth = getAuth(firebaseApp);

// Same host as the page, so a phone on the LAN reaches the emulators of the machine serving it.
export const emulatorHost = () => window.location.hostname;

if (usesEmulators)
  connectAuthEmulator(auth, `http://${emulatorHost()}:9099`, { disableWarnings: true });
