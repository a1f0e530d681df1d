import { connectFunctionsEmulator, getFunctions } from "firebase/functions";
import { functionsRegion } from "@pano/domain";
import { emulatorHost, firebaseApp } from "./firebaseApp";
import { usesEmulators } from "./firebaseConfig";

export const functions = getFunctions(firebaseApp, functionsRegion);

if (usesEmulators) connectFunctionsEmulator(functions, emulatorHost(), 5001);
