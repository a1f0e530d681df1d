import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { initializeApp } from "firebase-admin/app";
import { getFirestore } from "firebase-admin/firestore";
import type { Page } from "playwright-core";
import { dealInputSchema, newDeal, paths, rankForIndex, type Ranked } from "@pano/domain";
import { pickUpAndMove } from "@pano/testing/board";
import { settleTriggers } from "@pano/testing/settleTriggers";
import { baseUrl, launchBrowser } from "@pano/testing/chromium";
import { signIn } from "@pano/testing/flows";
import { firstAfter, paintedAt, timelineOf, timelineRecorder } from "./moveTimeline";
import { seedDemoData } from "../seed/seedDemoData";
import { demoPassword, demoTeam, demoWorkspace } from "../seed/demoTeam";

// 30 keyboard moves of one deal between "Yeni" and "İletişimde" in one Chromium page, timed until
// the card shows in its new column on that page and on a second page; writes counted by an Admin
// listener on the deals. Then deals moved to won, timed until their project shows on the second
// page's Projects list. Run with `npm run bench:pipeline` (it builds and starts the emulators).
if (!process.env.FIRESTORE_EMULATOR_HOST) throw new Error("run under firebase emulators:exec");

const moves = 30;
const wonMoves = 5;
const workspaceId = demoWorkspace.id;
const owner = demoTeam[0];
if (!owner) throw new Error("the demo team has no owner");

await seedDemoData();
const db = getFirestore(initializeApp({ projectId: process.env.GCLOUD_PROJECT ?? "demo-pano" }));

// Deals waiting in "Pazarlık" (negotiation), next to the won stage.
const benchDeals = Array.from({ length: wonMoves }, (_, index) => `bench-won-${index + 1}`);
const ranks: Ranked[] = [];
for (const id of benchDeals) {
  const rank = rankForIndex(ranks, 0);
  ranks.unshift({ id, rank });
  const fields = dealInputSchema.parse({
    title: `Ölçüm ${id.slice(-1)}`,
    customerId: "demo-customer-1",
    value: 1000,
    ownerId: owner.uid,
  });
  await db
    .doc(paths.deal(workspaceId, id))
    .set(
      newDeal(
        fields,
        { stage: "negotiation", rank, lostReason: null },
        "reopens",
        owner.uid,
        new Date(),
      ),
    );
}

// The demo's history sets off thousands of trigger events, which the Functions emulator runs one at
// a time on the same two cores as the browsers: the moves are timed once they are done, as in
// production, where functions run on other machines.
await settleTriggers(600_000);

let writes = 0;
const serverSeen: number[] = [];
const stopCounting = db.collection(paths.deals(workspaceId)).onSnapshot((snapshot) =>
  snapshot.docChanges().forEach((change) => {
    if (change.type !== "modified") return;
    writes += 1;
    serverSeen.push(Date.now());
  }),
);

const browser = await launchBrowser();
const signedIn = async () => {
  const context = await browser.newContext({
    viewport: { width: 1920, height: 1000 },
    baseURL: baseUrl,
    locale: "tr-TR",
  });
  await context.addInitScript(timelineRecorder);
  const page = await context.newPage();
  await signIn(page, { email: owner.email, password: demoPassword });
  await page.waitForURL(/\/w\//);
  await page.goto(`/w/${workspaceId}/pipeline`);
  await page.locator("[data-card-id]").first().waitFor();
  return page;
};
const [mover, watcher] = [await signedIn(), await signedIn()];

const shows = (page: Page, stage: string, dealId: string) =>
  page.waitForFunction(
    `document.querySelector('section[aria-label="${stage}"] [data-card-id="${dealId}"]') !== null`,
    undefined,
    { timeout: 30_000 },
  );

const percentile = (values: number[], share: number) => {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? NaN;
};

// Every time is taken where it happens (see moveTimeline.ts), so the figures hold no Playwright
// round trip.
const dealId = "demo-deal-2";
const stagesMs = {
  local: [] as number[],
  remote: [] as number[],
  dropToWrite: [] as number[],
  writeToServer: [] as number[],
  writeToArrival: [] as number[],
  arrivalToLastArrival: [] as number[],
  lastArrivalToPaint: [] as number[],
};
// BENCH_PROFILE=<folder> records a CPU profile of both pages during the moves, to open in Chromium's
// DevTools (Performance → load profile).
const profileFolder = process.env.BENCH_PROFILE;
const profilers = profileFolder
  ? await Promise.all(
      [mover, watcher].map(async (page) => {
        const session = await page.context().newCDPSession(page);
        await session.send("Profiler.enable");
        await session.send("Profiler.setSamplingInterval", { interval: 200 });
        await session.send("Profiler.start");
        return session;
      }),
    )
  : [];
for (let move = 0; move < moves; move += 1) {
  const [from, to, key] =
    move % 2 === 0 ? ["Yeni", "İletişimde", "ArrowRight"] : ["İletişimde", "Yeni", "ArrowLeft"];
  await shows(watcher, from, dealId);
  const drop = await pickUpAndMove(mover, dealId, key, to);
  const [localPaint, remotePaint] = await Promise.all([
    paintedAt(mover, to, dealId),
    paintedAt(watcher, to, dealId),
    drop(),
  ]);
  const [moverTimeline, watcherTimeline] = [await timelineOf(mover), await timelineOf(watcher)];
  const dropped = moverTimeline.drops.at(-1) ?? NaN;
  const written = firstAfter(moverTimeline.writes, dropped);
  const arrived = firstAfter(watcherTimeline.arrivals, written);
  stagesMs.local.push(localPaint - dropped);
  stagesMs.remote.push(remotePaint - dropped);
  stagesMs.dropToWrite.push(written - dropped);
  stagesMs.writeToServer.push(firstAfter(serverSeen, written) - written);
  stagesMs.writeToArrival.push(arrived - written);
  // The SDK raises a change once the server has also said the snapshot is consistent, which may
  // come in a later chunk: the last chunk before the paint is when the page had all it waited for.
  const lastArrived = watcherTimeline.arrivals.filter((time) => time <= remotePaint).at(-1) ?? NaN;
  stagesMs.arrivalToLastArrival.push(lastArrived - arrived);
  stagesMs.lastArrivalToPaint.push(remotePaint - lastArrived);
}
if (profileFolder) {
  await mkdir(profileFolder, { recursive: true });
  for (const [session, name] of profilers.map(
    (session, index) => [session, index === 0 ? "mover" : "watcher"] as const,
  )) {
    const { profile } = await session.send("Profiler.stop");
    await writeFile(join(profileFolder, `${name}.cpuprofile`), JSON.stringify(profile));
  }
}
const moveWrites = writes;

await watcher.getByRole("link", { name: "Projeler" }).click();
const projectMs: number[] = [];
for (const id of benchDeals) {
  await (
    await pickUpAndMove(mover, id, "ArrowRight", "Kapandı – kazanıldı")
  )();
  const confirm = mover.getByRole("button", { name: "Kazanıldı olarak işaretle" });
  await confirm.waitFor();
  const start = performance.now();
  await confirm.click();
  await watcher
    .getByRole("table", { name: "Projeler" })
    .getByRole("link", { name: `Ölçüm ${id.slice(-1)}` })
    .waitFor({ timeout: 30_000 });
  projectMs.push(performance.now() - start);
}

stopCounting();
await browser.close();

const line = (label: string, values: number[]) =>
  console.log(
    `${label.padEnd(38)} p50 ${percentile(values, 0.5).toFixed(0).padStart(5)} ms   p95 ${percentile(values, 0.95).toFixed(0).padStart(5)} ms`,
  );
const cache = process.env.VITE_FIRESTORE_CACHE === "memory" ? "memory" : "persistent";
console.log(`\n${moves} moves between two Chromium pages on the emulators (${cache} cache)`);
line("move → visible on the same page", stagesMs.local);
line("move → visible on the other page", stagesMs.remote);
console.log("where the other page's time goes:");
line("  drop → write sent", stagesMs.dropToWrite);
line("  write sent → plain Admin listener", stagesMs.writeToServer);
line("  write sent → other page's channel", stagesMs.writeToArrival);
line("  first → last chunk on that channel", stagesMs.arrivalToLastArrival);
line("  last chunk → painted there", stagesMs.lastArrivalToPaint);
console.log(`document writes per move: ${(moveWrites / moves).toFixed(2)} (${moveWrites} in all)`);
line(`won → project on Projects (${wonMoves} deals)`, projectMs);
process.exit(0);
