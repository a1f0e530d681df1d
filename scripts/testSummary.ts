import { readdir, readFile } from "node:fs/promises";

// One closing line for the whole suite, summed over each runner's JSON report.
type Report = { numPassedTests: number; numFailedTests: number; numPendingTests: number };

const directory = new URL("../test-results/", import.meta.url);
const files = (await readdir(directory)).filter((file) => file.endsWith(".json"));
const reports = await Promise.all(
  files.map(async (file) => JSON.parse(await readFile(new URL(file, directory), "utf8")) as Report),
);
const sum = (key: keyof Report) => reports.reduce((total, report) => total + report[key], 0);
console.log(
  `${sum("numPassedTests")} passed, ${sum("numFailedTests")} failed, ${sum("numPendingTests")} skipped`,
);
