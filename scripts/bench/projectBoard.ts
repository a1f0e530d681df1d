import { initializeApp } from "firebase-admin/app";
import { getFirestore } from "firebase-admin/firestore";
import type { Page } from "playwright-core";
import {
  defaultColumns,
  newProject,
  newTask,
  paths,
  projectInputSchema,
  rankForIndex,
  taskInputSchema,
  taskPriorities,
  type Ranked,
} from "@pano/domain";
import { pickUpAndMove } from "@pano/testing/board";
import { baseUrl, launchBrowser } from "@pano/testing/chromium";
import { signIn } from "@pano/testing/flows";
import { demoPassword, demoTeam, demoWorkspace } from "../seed/demoTeam";
import { seedDemoData } from "../seed/seedDemoData";

// Seeds a project with 1,000 tasks and measures, in Chromium, the time from opening the project
// to its board (first card, then the 50 shown per column) and to its list (all 1,000 rows), and
// how long a keyboard move takes to show on that board. Run with `npm run bench:project-board`.
if (!process.env.FIRESTORE_EMULATOR_HOST) throw new Error("run under firebase emulators:exec");

const total = 1_000;
const runs = 3;
const workspaceId = demoWorkspace.id;
const projectId = "bench-1000";
const owner = demoTeam[0];
if (!owner) throw new Error("the demo team has no owner");

await seedDemoData();
const db = getFirestore(initializeApp({ projectId: process.env.GCLOUD_PROJECT ?? "demo-pano" }));
const columns = defaultColumns("tr");
const now = Date.now();
const day = 24 * 60 * 60 * 1000;
const projectFields = projectInputSchema.parse({
  name: "Büyük Proje",
  customerId: "demo-customer-1",
  status: "active",
  ownerId: owner.uid,
});
// The counters the onTaskWritten trigger would reach: no functions run in this bench.
await db.doc(paths.project(workspaceId, projectId)).set({
  ...newProject({ fields: projectFields, columns, createdBy: owner.uid }, new Date()),
  taskCount: total,
  doneTaskCount: total / columns.length,
});
const ranks = new Map<string, Ranked[]>();
for (let start = 0; start < total; start += 400) {
  const batch = db.batch();
  for (let index = start; index < Math.min(start + 400, total); index += 1) {
    const column = columns[index % columns.length]?.id ?? "todo";
    const id = `bench-task-${String(index).padStart(4, "0")}`;
    const existing = ranks.get(column) ?? [];
    const rank = rankForIndex(existing, existing.length);
    ranks.set(column, [...existing, { id, rank }]);
    const assignee = demoTeam[index % 3];
    const taskFields = taskInputSchema.parse({
      title: `Görev ${index + 1}`,
      assigneeId: assignee?.uid ?? null,
      dueAt: new Date(now + ((index % 40) - 10) * day),
      priority: taskPriorities[index % taskPriorities.length],
    });
    batch.set(
      db.doc(paths.task(workspaceId, id)),
      newTask(
        taskFields,
        { projectId, customerId: null, dealId: null, status: column, rank },
        { createdBy: owner.uid, completed: column === "done" },
        new Date(),
      ),
    );
  }
  await batch.commit();
}

const browser = await launchBrowser();
const context = await browser.newContext({
  viewport: { width: 1600, height: 1000 },
  baseURL: baseUrl,
  locale: "tr-TR",
});
const page = await context.newPage();
await signIn(page, { email: owner.email, password: demoPassword });
await page.waitForURL(/\/w\//);

const until = (target: Page, expression: string) =>
  target.waitForFunction(expression, undefined, { polling: "raf", timeout: 120_000 });

const timeOpen = async (view: "board" | "list") => {
  await page.goto("/workspaces", { timeout: 120_000 });
  await page.getByRole("heading", { name: "Çalışma alanlarınız" }).waitFor();
  const start = performance.now();
  // An in-app navigation, as when the user clicks the project: the app is already loaded.
  const path = `/w/${workspaceId}/projects/${projectId}${view === "list" ? "?view=list" : ""}`;
  await page.evaluate(
    `window.history.pushState({}, "", "${path}"); window.dispatchEvent(new PopStateEvent("popstate"));`,
  );
  const item = view === "board" ? "[data-card-id]" : "[data-task-row]";
  await until(page, `document.querySelector('${item}') !== null`);
  const first = performance.now() - start;
  // The board shows the top 50 cards of each column (then "show more"); the list shows them all.
  const expected = view === "board" ? Math.min(total, columns.length * 50) : total;
  await until(page, `document.querySelectorAll('${item}').length >= ${expected}`);
  return { first, all: performance.now() - start };
};

const median = (values: number[]) =>
  [...values].sort((left, right) => left - right)[Math.floor(values.length / 2)] ?? NaN;

const board: { first: number; all: number }[] = [];
const list: { first: number; all: number }[] = [];
for (let run = 0; run < runs; run += 1) {
  board.push(await timeOpen("board"));
  console.log(`board run ${run + 1}: ${JSON.stringify(board.at(-1))}`);
  list.push(await timeOpen("list"));
  console.log(`list run ${run + 1}: ${JSON.stringify(list.at(-1))}`);
}

await timeOpen("board");
const moveMs: number[] = [];
for (let move = 0; move < 5; move += 1) {
  const id = `bench-task-${String(move * 4).padStart(4, "0")}`;
  const drop = await pickUpAndMove(page, id, "ArrowRight", "Devam Ediyor");
  const start = performance.now();
  await drop();
  await until(
    page,
    `document.querySelector('section[aria-label="Devam Ediyor"] [data-card-id="${id}"]') !== null`,
  );
  moveMs.push(performance.now() - start);
}
await browser.close();

const format = (value: number) => `${value.toFixed(0)} ms`;
console.log(`\nproject with ${total} tasks, median of ${runs} openings (in-app navigation)`);
console.log(
  `board: first card ${format(median(board.map((run) => run.first)))}, every column's first 50 cards ${format(median(board.map((run) => run.all)))}`,
);
console.log(
  `list:  first row ${format(median(list.map((run) => run.first)))}, all ${total} rows ${format(median(list.map((run) => run.all)))}`,
);
console.log(`keyboard move on the 1,000-task board → visible: median ${format(median(moveMs))}`);
process.exit(0);
