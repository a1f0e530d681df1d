import { mkdir, writeFile } from "node:fs/promises";
import { projectId } from "./projectId";

// Vitest global setup: after every rules test file has run, save the emulator's coverage report.
export default () => async () => {
  const host = process.env.FIRESTORE_EMULATOR_HOST ?? "127.0.0.1:8080";
  const base = `http://${host}/emulator/v1/projects/${projectId}:ruleCoverage`;
  const directory = new URL("../coverage/", import.meta.url);
  await mkdir(directory, { recursive: true });
  for (const [suffix, file] of [
    [".html", "firestore-rules-coverage.html"],
    ["", "firestore-rules-coverage.json"],
  ] as const) {
    const response = await fetch(base + suffix);
    if (!response.ok) throw new Error(`Rules coverage report failed: HTTP ${response.status}`);
    await writeFile(new URL(file, directory), await response.text());
  }
};
