// Fires a 2nd-gen scheduled function (onSchedule) in the running Functions emulator the way Cloud
// Scheduler does in production: an HTTP POST carrying the X-CloudScheduler-JobName and
// X-CloudScheduler-ScheduleTime headers to the function's trigger route. The emulator never fires
// schedules by itself, and publishing to the function's Pub/Sub topic does not fire a 2nd-gen one.
// Resolves when the handler has finished; rejects when it threw (500) or is not there.

const connectable = (host: string) => {
  if (host === "0.0.0.0") return "127.0.0.1";
  if (host === "::" || host === "[::]") return "[::1]";
  return host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
};

const functionsOrigin = async () => {
  const hub = process.env["FIREBASE_EMULATOR_HUB"];
  if (!hub) throw new Error("FIREBASE_EMULATOR_HUB is not set: run under firebase emulators:exec");
  const emulators = (await (await fetch(`http://${hub}/emulators`)).json()) as {
    functions?: { host: string; port: number };
  };
  if (!emulators.functions)
    throw new Error(`the emulator hub at ${hub} runs no Functions emulator`);
  return `http://${connectable(emulators.functions.host)}:${emulators.functions.port}`;
};

// The emulator keys triggers "<region>-<name>-<generation>"; the generation grows each time
// background triggers are enabled again, and older keys answer 204 without running anything. A
// POST to a key that cannot exist answers 404 with the valid keys, the newest of which is used.
const currentTriggerKey = async (origin: string, projectId: string, id: string) => {
  const response = await fetch(`${origin}/functions/projects/${projectId}/triggers/~list`, {
    method: "POST",
  });
  const text = await response.text();
  const list = text.split("valid functions are: ")[1];
  if (response.status !== 404 || list === undefined)
    throw new Error(`unexpected answer from ${origin}: ${response.status} ${text}`);
  const generations = list
    .split(",")
    .map((key) => key.trim())
    .filter((key) => key.startsWith(`${id}-`) && /^\d+$/.test(key.slice(id.length + 1)))
    .map((key) => Number(key.slice(id.length + 1)));
  if (generations.length === 0) throw new Error(`no function ${id} in the emulator: ${list}`);
  return `${id}-${Math.max(...generations)}`;
};

export type ScheduledFiring = {
  // The exported function's name and its region, as in onSchedule's options.
  name: string;
  region: string;
  // What the handler gets as event.scheduleTime: Cloud Scheduler sends UTC RFC 3339.
  scheduleTime: Date;
  projectId?: string;
};

export const fireScheduledFunction = async ({
  name,
  region,
  scheduleTime,
  projectId = process.env["GCLOUD_PROJECT"] ?? "demo-pano",
}: ScheduledFiring) => {
  const origin = await functionsOrigin();
  const triggerKey = await currentTriggerKey(origin, projectId, `${region}-${name}`);
  const response = await fetch(`${origin}/functions/projects/${projectId}/triggers/${triggerKey}`, {
    method: "POST",
    headers: {
      "X-CloudScheduler-JobName": `firebase-schedule-${name}-${region}`,
      "X-CloudScheduler-ScheduleTime": scheduleTime.toISOString(),
    },
  });
  // 500: the handler threw (its error is in the emulator's log); 204: triggers are switched off.
  if (response.status !== 200)
    throw new Error(`${triggerKey} answered ${response.status} ${await response.text()}`);
};
