import { initializeApp } from "firebase-admin/app";
import { getAuth } from "firebase-admin/auth";
import { getFirestore } from "firebase-admin/firestore";
import { seedTeam } from "./seedTeam";

// Demo data only ever goes into the emulators: refuse to run against a real project.
if (!process.env.FIRESTORE_EMULATOR_HOST || !process.env.FIREBASE_AUTH_EMULATOR_HOST) {
  console.error("seed: FIRESTORE_EMULATOR_HOST and FIREBASE_AUTH_EMULATOR_HOST must be set.");
  process.exit(1);
}

const app = initializeApp({ projectId: process.env.GCLOUD_PROJECT ?? "demo-pano" });
const auth = getAuth(app);
const db = getFirestore(app);

const seeders = [seedTeam];
for (const seed of seeders) await seed(auth, db);
console.log(`seed: demo data loaded (${seeders.map((seed) => seed.name).join(", ")})`);
