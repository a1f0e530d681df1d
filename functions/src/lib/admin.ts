import { initializeApp } from "firebase-admin/app";
import { getFirestore } from "firebase-admin/firestore";
import { setGlobalOptions } from "firebase-functions/v2";
import { functionsRegion } from "@pano/domain";

setGlobalOptions({ region: functionsRegion, maxInstances: 10 });

export const adminApp = initializeApp();
export const db = getFirestore(adminApp);
