import { spawn } from "node:child_process";
import { stripVTControlCharacters } from "node:util";
import { demoPassword, demoTeam } from "./seed/demoTeam";

// Runs inside `firebase emulators:exec`: seeds, serves the web app, and lives until Ctrl-C.
const run = (command: string, args: string[], env: NodeJS.ProcessEnv = process.env) =>
  spawn(command, args, { stdio: ["ignore", "pipe", "inherit"], env });

const seed = spawn("npx", ["tsx", "scripts/seed/index.ts"], { stdio: "inherit" });
const seedCode = await new Promise<number | null>((resolve) => seed.on("exit", resolve));
if (seedCode !== 0) process.exit(seedCode ?? 1);

const vite = run("npx", ["vite", "--config", "web/vite.config.ts", "web"], {
  ...process.env,
  VITE_USE_EMULATORS: "true",
});

const banner = (url: string) =>
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
  ].join("\n");

let announced = false;
vite.stdout.on("data", (chunk: Buffer) => {
  const url = /Local:\s+(\S+)/.exec(stripVTControlCharacters(chunk.toString()))?.[1];
  if (url && !announced) {
    announced = true;
    console.log(banner(url));
  }
});

const stop = () => vite.kill("SIGTERM");
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
const viteCode = await new Promise<number | null>((resolve) => vite.on("exit", resolve));
process.exit(viteCode ?? 0);
