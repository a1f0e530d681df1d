import { readFileSync } from "node:fs";
import { initializeApp } from "firebase-admin/app";
import { getFirestore, Timestamp } from "firebase-admin/firestore";
import { functionsRegion, paths } from "@pano/domain";
import { fireScheduledFunction } from "@pano/testing/fireScheduledFunction";

// `npm run remind`: runs sendReminders now against a running `npm start`, as Cloud Scheduler
// would every 5 minutes in production (the emulators never fire schedules by themselves).
const emulators = (
  JSON.parse(readFileSync(new URL("../firebase.json", import.meta.url), "utf8")) as {
    emulators: Record<string, { host: string; port: number }>;
  }
).emulators;
const address = (name: string) => {
  const emulator = emulators[name];
  if (!emulator) throw new Error(`firebase.json sets no ${name} emulator`);
  return `${emulator.host}:${emulator.port}`;
};
process.env["FIREBASE_EMULATOR_HUB"] ??= address("hub");
process.env["FIRESTORE_EMULATOR_HOST"] ??= address("firestore");
const projectId = "demo-pano";

const scheduleTime = new Date();
try {
  await fireScheduledFunction({
    name: "sendReminders",
    region: functionsRegion,
    scheduleTime,
    projectId,
  });
} catch (error) {
  console.error(`remind: is npm start running? ${(error as Error).message}`);
  process.exit(1);
}
const runs = await getFirestore(initializeApp({ projectId }))
  .collection(paths.reminderRuns())
  .where("scheduleTime", "==", Timestamp.fromDate(scheduleTime))
  .get();
const run = runs.docs[0]?.data();
console.log(
  `remind: ${run?.["sent"]} notification(s) sent for ${run?.["due"]} due reminder(s) at ${scheduleTime.toISOString()}`,
);
if (!run?.["due"])
  console.log(
    "remind: nothing was due. Just after npm start the functions may still be turning the demo tasks into reminders; run npm run remind again in a minute.",
  );
