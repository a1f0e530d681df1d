import { initializeApp } from "firebase-admin/app";
import { getFirestore } from "firebase-admin/firestore";
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
import { baseUrl, launchBrowser } from "@pano/testing/chromium";
import { signIn } from "@pano/testing/flows";
import { demoPassword, demoTeam, demoWorkspace } from "../seed/demoTeam";
import { seedDemoData } from "../seed/seedDemoData";

await seedDemoData();
const db = getFirestore(initializeApp({ projectId: process.env.GCLOUD_PROJECT ?? "demo-pano" }));
const owner = demoTeam[0]!;
const ws = demoWorkspace.id;
const columns = defaultColumns("tr");
await db.doc(paths.project(ws, "long")).set({
  ...newProject(
    {
      fields: projectInputSchema.parse({
        name: "Uzun Proje",
        customerId: "demo-customer-1",
        status: "active",
        ownerId: owner.uid,
      }),
      columns,
      createdBy: owner.uid,
    },
    new Date(),
  ),
  taskCount: 400,
  doneTaskCount: 20,
});
const ranks = new Map<string, Ranked[]>();
const batch = db.batch();
for (let i = 0; i < 400; i++) {
  const column = i < 320 ? "todo" : (columns[i % columns.length]?.id ?? "todo");
  const existing = ranks.get(column) ?? [];
  const rank = rankForIndex(existing, existing.length);
  existing.push({ id: `l${i}`, rank });
  ranks.set(column, existing);
  batch.set(
    db.doc(paths.task(ws, `long-${i}`)),
    newTask(
      taskInputSchema.parse({
        title: `Görev ${i + 1}`,
        assigneeId: demoTeam[i % 3]?.uid ?? null,
        dueAt: new Date(Date.now() + ((i % 40) - 10) * 864e5),
        priority: taskPriorities[i % 4],
      }),
      { projectId: "long", customerId: null, dealId: null, status: column, rank },
      { createdBy: owner.uid, completed: column === "done" },
      new Date(),
    ),
  );
}
await batch.commit();
const browser = await launchBrowser();
for (const [width, height] of [
  [1366, 800],
  [390, 844],
] as const) {
  const context = await browser.newContext({
    viewport: { width, height },
    baseURL: baseUrl,
    locale: "tr-TR",
  });
  const page = await context.newPage();
  await signIn(page, { email: owner.email, password: demoPassword });
  await page.waitForURL(/\/w\//);
  await page.goto(`/w/${ws}/projects/long`);
  await page.locator("[data-card-id]").first().waitFor();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `/tmp/virt-shots/board-${width}.png` });
  const scroller = page.locator('section[aria-label="Yapılacak"] [data-column-scroller]');
  await scroller.evaluate((e) => e.scrollTo({ top: e.scrollHeight }));
  await page.locator('[data-card-id="long-396"]').waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: `/tmp/virt-shots/board-end-${width}.png` });
  await page.goto(`/w/${ws}/projects/long?view=list`);
  await page.locator("[data-task-row]").first().waitFor();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `/tmp/virt-shots/list-${width}.png` });
  await page.evaluate(() => window.scrollTo(0, 8000));
  await page.waitForTimeout(800);
  await page.screenshot({ path: `/tmp/virt-shots/list-scrolled-${width}.png` });
  await context.close();
}
await browser.close();
process.exit(0);
