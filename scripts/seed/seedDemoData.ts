import { deleteApp, initializeApp } from "firebase-admin/app";
import { getAuth } from "firebase-admin/auth";
import { getFirestore } from "firebase-admin/firestore";
import { seedCustomers } from "./seedCustomers";
import { seedDeals } from "./seedDeals";
import { seedHistory } from "./seedHistory";
import { seedProjects } from "./seedProjects";
import { seedReminders } from "./seedReminders";
import { seedTeam } from "./seedTeam";

// Later features add their seeders here, in dependency order.
const seeders = [seedTeam, seedCustomers, seedDeals, seedProjects, seedReminders, seedHistory];

// Demo data only ever goes into the emulators: refuse to run against a real project.
export const seedDemoData = async () => {
  if (!process.env.FIRESTORE_EMULATOR_HOST || !process.env.FIREBASE_AUTH_EMULATOR_HOST)
    throw new Error("FIRESTORE_EMULATOR_HOST and FIREBASE_AUTH_EMULATOR_HOST must be set.");
  const app = initializeApp({ projectId: process.env.GCLOUD_PROJECT ?? "demo-pano" }, "seed");
  try {
    for (const seed of seeders) await seed(getAuth(app), getFirestore(app));
  } finally {
    await deleteApp(app);
  }
  return seeders.map((seed) => seed.name);
};
