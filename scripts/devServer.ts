import { createServer } from "vite";
import { demoPassword, demoTeam } from "./seed/demoTeam";
import { seedDemoData } from "./seed/seedDemoData";

// Runs inside `firebase emulators:exec`: seeds, then serves the web app in this same process, so
// stopping it (Ctrl-C) leaves no dev server behind.
await seedDemoData();

process.env.VITE_USE_EMULATORS = "true";
const server = await createServer({
  configFile: new URL("../web/vite.config.ts", import.meta.url).pathname,
  root: new URL("../web", import.meta.url).pathname,
});
await server.listen();
const url = server.resolvedUrls?.local[0] ?? "http://127.0.0.1:5173/";

console.log(
  [
    "",
    "  Pano is running on the Firebase emulators (project demo-pano).",
    `  Open ${url}`,
    "",
    `  Demo accounts (password: ${demoPassword}):`,
    ...demoTeam.map(
      (person) => `    ${person.role.padEnd(7)} ${person.email.padEnd(24)} ${person.displayName}`,
    ),
    "",
    "  Press Ctrl-C to stop everything.",
    "",
  ].join("\n"),
);

const stop = async () => {
  await server.close();
  process.exit(0);
};
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());

// If the emulators go away without signalling us (their process killed alone), stop serving too.
const firestoreHost = process.env.FIRESTORE_EMULATOR_HOST;
setInterval(() => {
  fetch(`http://${firestoreHost}/`, { signal: AbortSignal.timeout(2000) }).catch(() => void stop());
}, 3000).unref();
