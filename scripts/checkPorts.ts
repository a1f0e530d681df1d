import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";

// npm start and npm test refuse to begin when a port they need is taken, naming the port, what
// it is for, and what holds it, instead of failing half-way with emulators left running.
type Emulators = Record<string, { host?: string; port?: number; websocketPort?: number }>;

const emulators = (
  JSON.parse(readFileSync(new URL("../firebase.json", import.meta.url), "utf8")) as {
    emulators: Emulators;
  }
).emulators;

const labels: Record<string, string> = {
  hub: "emulator hub",
  logging: "emulator logging",
  auth: "Auth emulator",
  firestore: "Firestore emulator",
  functions: "Functions emulator",
  hosting: "Hosting emulator",
  eventarc: "Eventarc emulator",
  tasks: "Cloud Tasks emulator",
  vite: "web app's Vite dev server",
};
const label = (name: string) => labels[name] ?? name;

// Usage: checkPorts.ts <emulators, comma-separated> [<name:port>,…]
const wanted = (process.argv[2] ?? "").split(",").filter(Boolean);
const extra = (process.argv[3] ?? "").split(",").filter(Boolean);

const ports: { name: string; host: string; port: number }[] = [
  ...["hub", "logging", ...wanted].flatMap((name) => {
    const config = emulators[name];
    if (!config?.port) return [];
    const host = config.host ?? "127.0.0.1";
    return [
      { name: label(name), host, port: config.port },
      ...(config.websocketPort
        ? [{ name: `${label(name)}, websocket`, host, port: config.websocketPort }]
        : []),
    ];
  }),
  ...extra.map((entry) => {
    const [name = entry, port = ""] = entry.split(":");
    return { name: label(name), host: "127.0.0.1", port: Number(port) };
  }),
];

const isFree = (host: string, port: number) =>
  new Promise<boolean>((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen({ host, port, exclusive: true }, () => server.close(() => resolve(true)));
  });

const run = (command: string, args: string[]) => {
  try {
    return execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  } catch {
    return "";
  }
};

// lsof where it exists (macOS, most Linux), else ss (iproute2); either may be missing or say
// nothing about another user's process.
const holderOf = (port: number) => {
  const lsof = run("lsof", ["-nP", `-iTCP:${port}`, "-sTCP:LISTEN", "-Fpc"]);
  const pid = /^p(\d+)/m.exec(lsof)?.[1];
  const command = /^c(.+)/m.exec(lsof)?.[1];
  if (pid) return `${command ?? "a process"} (pid ${pid})`;
  const ss = run("ss", ["-ltnpH", `sport = :${port}`]);
  const match = /\("([^"]+)",pid=(\d+)/.exec(ss);
  return match ? `${match[1]} (pid ${match[2]})` : null;
};

const busy = [];
for (const entry of ports) if (!(await isFree(entry.host, entry.port))) busy.push(entry);

if (busy.length > 0) {
  for (const { name, host, port } of busy) {
    const holder = holderOf(port);
    console.error(
      `Port ${port} on ${host} (${name}) is already in use${holder ? ` by ${holder}` : ""}.`,
    );
  }
  console.error(
    "Stop what holds it (often an earlier `npm start` or emulator still running), or change the port in firebase.json, then try again.",
  );
  process.exit(1);
}
