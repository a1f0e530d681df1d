import { initializeApp as initializeAdminApp } from "firebase-admin/app";
import { getAuth as getAdminAuth } from "firebase-admin/auth";
import { getFirestore as getAdminFirestore } from "firebase-admin/firestore";
import type { Page } from "playwright-core";
import {
  closingChange,
  compareRanked,
  dealMove,
  defaultColumns,
  defaultStages,
  doneColumnIds,
  dropTask,
  functionsRegion,
  newMember,
  newTask,
  newUserProfile,
  paths,
  rankForIndex,
  sendTaskToColumn,
  taskInputSchema,
  taskMoveFields,
  type BoardColumn,
  type Ranked,
} from "@pano/domain";
import { baseUrl, launchBrowser } from "@pano/testing/chromium";
import { fireScheduledFunction } from "@pano/testing/fireScheduledFunction";
import { signIn } from "@pano/testing/flows";
import { settleTriggers } from "@pano/testing/settleTriggers";
import { waitFor } from "@pano/testing/waitFor";
import { seedDemoData } from "../seed/seedDemoData";
import { demoPassword, demoTeam, demoWorkspace } from "../seed/demoTeam";
import { connectClient, type LoadClient } from "./loadClient";

// N Firebase JS SDK clients, each signed in as its own member, work on one project board and the
// pipeline at once for a fixed time (moving cards, editing and creating tasks, completing them,
// moving deals), while two Chromium pages, signed in as two more people, show the board and the
// pipeline. Then: every acknowledged write is on the server, every client's view orders every
// column as the server does, the project's counters equal a recount, no card is lost or
// duplicated; and how long each move took to show in Chromium. Run with `npm run bench:load`
// (it builds and starts the emulators); LOAD_CLIENTS (default 20) and LOAD_SECONDS (default 60).
if (!process.env.FIRESTORE_EMULATOR_HOST) throw new Error("run under firebase emulators:exec");

const clientCount = Number(process.env.LOAD_CLIENTS ?? 20);
const seconds = Number(process.env.LOAD_SECONDS ?? 60);
// A busy person's pace and then some: one change every 4–8 s.
const pauseMs = () => 4_000 + Math.random() * 4_000;
const workspaceId = demoWorkspace.id;
const projectId = "demo-project-kimlik";
const columns: BoardColumn[] = defaultColumns("tr");
const stages = defaultStages("tr");
const openStages = stages.filter((stage) => stage.kind === "open");

await seedDemoData();
const adminApp = initializeAdminApp({ projectId: process.env.GCLOUD_PROJECT ?? "demo-pano" });
const adminDb = getAdminFirestore(adminApp);
const adminAuth = getAdminAuth(adminApp);
const project = (await adminDb.doc(paths.project(workspaceId, projectId)).get()).data();
if (!project) throw new Error("the demo project is missing");
const customerId = String(project["customerId"]);

// The load's people: members of the demo workspace, each with an account.
const people = Array.from({ length: clientCount }, (_, index) => ({
  uid: `load-${index}`,
  email: `load-${index}@demoajans.test`,
  name: `Yük ${index}`,
}));
for (const person of people) {
  await adminAuth.createUser({
    uid: person.uid,
    email: person.email,
    password: demoPassword,
    displayName: person.name,
    emailVerified: true,
  });
  await adminDb
    .doc(paths.user(person.uid))
    .set(
      newUserProfile({ displayName: person.name, email: person.email, locale: "tr" }, new Date()),
    );
  await adminDb
    .doc(paths.member(workspaceId, person.uid))
    .set(
      newMember(
        { uid: person.uid, displayName: person.name, email: person.email },
        "member",
        new Date(),
      ),
    );
}

// Forty more cards on the board, so moves land among many.
const seedBatch = adminDb.batch();
let seedRank: string | null = null;
for (let index = 0; index < 40; index += 1) {
  seedRank = rankForIndex(seedRank ? [{ id: "previous", rank: seedRank }] : [], 1);
  seedBatch.set(
    adminDb.collection(paths.tasks(workspaceId)).doc(`load-seed-${index}`),
    newTask(
      taskInputSchema.parse({ title: `Hazır iş ${index}` }),
      {
        projectId,
        customerId,
        dealId: null,
        status: columns[index % 3]?.id ?? "todo",
        rank: seedRank,
      },
      { createdBy: "demo-ayse", completed: false },
      new Date(),
    ),
  );
}
await seedBatch.commit();
// The demo's year of history sets off thousands of trigger events, which the Functions emulator
// runs one at a time: the load starts once they are done.
await settleTriggers(600_000);

// Every write the functions make to the documents many people's work lands on (the project's
// counters, the report aggregates), by server commit time: the busiest one-second window of each.
const commitTimes = new Map<string, number[]>();
const watchedFrom = Date.now();
const noteCommit = (path: string, at: number) => {
  if (at >= watchedFrom) commitTimes.set(path, [...(commitTimes.get(path) ?? []), at]);
};
const stopWatching = [
  adminDb.doc(paths.project(workspaceId, projectId)).onSnapshot((snapshot) => {
    if (snapshot.updateTime) noteCommit(snapshot.ref.path, snapshot.updateTime.toMillis());
  }),
  adminDb.collection(paths.stats(workspaceId)).onSnapshot((snapshot) =>
    snapshot.docChanges().forEach((change) => {
      const at = change.doc.updateTime;
      noteCommit(change.doc.ref.path, at.toMillis());
    }),
  ),
];
const busiest = () =>
  [...commitTimes].map(([path, times]) => {
    const sorted = [...new Set(times)].sort((left, right) => left - right);
    let most = 0;
    for (let start = 0, end = 0; end < sorted.length; end += 1) {
      while ((sorted[end] ?? 0) - (sorted[start] ?? 0) >= 1000) start += 1;
      most = Math.max(most, end - start + 1);
    }
    return { path, most, total: sorted.length };
  });

const clients: LoadClient[] = await Promise.all(
  people.map((person) => connectClient(person, workspaceId, projectId)),
);
await waitFor(
  async () => clients.every((client) => client.ready()),
  (ready) => ready,
  60_000,
);

// Two people in Chromium: one on the board, one on the pipeline. Each page notes, every frame,
// when a card shows in a column (its id, the column's name, the wall clock).
const noteCards = `(() => {
  const seen = [];
  const where = new Map();
  window.loadSeen = seen;
  const tick = () => {
    for (const card of document.querySelectorAll("section[aria-label] [data-card-id]")) {
      const column = card.closest("section[aria-label]").getAttribute("aria-label");
      const id = card.dataset.cardId;
      if (where.get(id) !== column) {
        where.set(id, column);
        seen.push([id, column, performance.timeOrigin + performance.now()]);
      }
    }
    requestAnimationFrame(tick);
  };
  tick();
})()`;
const shownColumns = `[...document.querySelectorAll("section[aria-label]")].map((section) => [
  section.getAttribute("aria-label"),
  [...section.querySelectorAll("[data-card-id]")].map((card) => card.dataset.cardId),
])`;
const browser = await launchBrowser();
const watch = async (who: (typeof demoTeam)[number], path: string) => {
  const context = await browser.newContext({
    viewport: { width: 1920, height: 1000 },
    baseURL: baseUrl,
    locale: "tr-TR",
  });
  const page = await context.newPage();
  await signIn(page, { email: who.email, password: demoPassword });
  await page.waitForURL(/\/w\//);
  await page.goto(path);
  await page.locator("[data-card-id]").first().waitFor();
  await page.evaluate(noteCards);
  return page;
};
const [ayse, mehmet] = [demoTeam[0], demoTeam[1]];
if (!ayse || !mehmet) throw new Error("the demo team is missing");
const boardPage = await watch(ayse, `/w/${workspaceId}/projects/${projectId}`);
const pipelinePage = await watch(mehmet, `/w/${workspaceId}/pipeline`);

type Move = { id: string; column: string; at: number };
const moves: Move[] = [];
let writes = 0;
let refused = 0;
const acknowledgedCreates = new Set<string>();
const pending = new Set<Promise<unknown>>();

const track = (write: Promise<unknown>, created?: string) => {
  writes += 1;
  const settled = write.then(
    () => created && acknowledgedCreates.add(created),
    (error: unknown) => {
      refused += 1;
      console.error(`refused: ${String(error)}`);
    },
  );
  pending.add(settled);
  void settled.finally(() => pending.delete(settled));
};

const pick = <T>(items: readonly T[]): T | undefined =>
  items[Math.floor(Math.random() * items.length)];
const columnName = (id: string) =>
  columns.find((column) => column.id === id)?.name ?? stages.find((stage) => stage.id === id)?.name;

// One change by one person, chosen as people spend their time: mostly moving cards.
const act = (client: LoadClient, serial: number) => {
  const roll = Math.random();
  const tasks = client.tasks();
  if (roll < 0.45) {
    const task = pick(tasks);
    const column = pick(columns);
    if (!task || !column) return;
    const others = tasks
      .filter((other) => other.status === column.id && other.id !== task.id)
      .sort(compareRanked);
    // Near the top of the column, where both pages see it.
    const index = Math.floor(Math.random() * Math.min(3, others.length + 1));
    const move = dropTask(columns, task, { column: column.id, rank: rankForIndex(others, index) });
    moves.push({ id: task.id, column: column.id, at: Date.now() });
    track(client.updateTask(task.id, taskMoveFields(move, client.now())));
  } else if (roll < 0.65) {
    const deal = pick(
      client.deals().filter((candidate) => openStages.some((s) => s.id === candidate.stage)),
    );
    const stage = pick(openStages.filter((candidate) => candidate.id !== deal?.stage));
    if (!deal || !stage) return;
    const others = client
      .deals()
      .filter((other) => other.stage === stage.id)
      .sort(compareRanked);
    const rank = rankForIndex(others, Math.floor(Math.random() * Math.min(3, others.length + 1)));
    moves.push({ id: deal.id, column: stage.id, at: Date.now() });
    track(
      client.updateDeal(
        deal.id,
        dealMove(
          { stage: stage.id, rank, lostReason: null },
          closingChange(stages, deal.stage, stage.id),
          client.uid,
          client.now(),
        ),
      ),
    );
  } else if (roll < 0.78) {
    const task = pick(tasks);
    if (task) track(client.updateTask(task.id, { title: `${client.name}: düzenleme ${serial}` }));
  } else if (roll < 0.9) {
    const top: Ranked[] = tasks.filter((task) => task.status === "todo").sort(compareRanked);
    const title = `Yeni iş ${client.uid}-${serial}`;
    const created = client.createTask(
      newTask(
        taskInputSchema.parse({ title }),
        { projectId, customerId, dealId: null, status: "todo", rank: rankForIndex(top, 0) },
        { createdBy: client.uid, completed: false },
        client.now(),
      ),
    );
    track(created.committed, created.id);
  } else {
    const task = pick(
      tasks.filter((candidate) => !doneColumnIds(columns).includes(candidate.status)),
    );
    if (!task) return;
    const move = sendTaskToColumn(
      columns,
      task,
      "done",
      tasks.filter((other) => other.status === "done"),
    );
    moves.push({ id: task.id, column: "done", at: Date.now() });
    track(client.updateTask(task.id, taskMoveFields(move, client.now())));
  }
};

const started = Date.now();
const deadline = started + seconds * 1000;
await Promise.all(
  clients.map(async (client) => {
    let serial = 0;
    while (Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, pauseMs()));
      if (Date.now() >= deadline) break;
      serial += 1;
      act(client, serial);
    }
  }),
);
await Promise.all([...pending]);
const elapsedS = (Date.now() - started) / 1000;
// The functions' backlog: how long after the last write their last event ran.
const settling = performance.now();
await settleTriggers(600_000);
const backlogS = (performance.now() - settling) / 1000;

// The server's board and pipeline, each column in the order every screen sorts by.
const serverColumns = async () => {
  const [taskDocs, dealDocs] = await Promise.all([
    adminDb.collection(paths.tasks(workspaceId)).where("projectId", "==", projectId).get(),
    adminDb.collection(paths.deals(workspaceId)).get(),
  ]);
  const grouped = new Map<string, Ranked[]>();
  const add = (key: string, card: Ranked) => grouped.set(key, [...(grouped.get(key) ?? []), card]);
  for (const doc of taskDocs.docs)
    add(`task:${String(doc.get("status"))}`, { id: doc.id, rank: String(doc.get("rank")) });
  for (const doc of dealDocs.docs)
    add(`deal:${String(doc.get("stage"))}`, { id: doc.id, rank: String(doc.get("rank")) });
  return new Map(
    [...grouped].map(([key, cards]) => [key, cards.sort(compareRanked).map((card) => card.id)]),
  );
};
const orderKey = (columnsById: Map<string, string[]>) =>
  JSON.stringify([...columnsById].sort(([left], [right]) => left.localeCompare(right)));

const server = await serverColumns();
const serverKey = orderKey(server);
// Each client's listeners catch up (a listen stream the emulator dropped under load comes back
// after the SDK's backoff, at most a minute); a client that still differs after two minutes has
// diverged. Cards out of place: those a diverged client shows in another column or position.
const outOfPlace = (shown: Map<string, string[]>) =>
  [...server].reduce((count, [key, ids]) => {
    const mine = shown.get(key) ?? [];
    return count + ids.filter((id, index) => mine[index] !== id).length;
  }, 0);
const divergedClients = (
  await Promise.all(
    clients.map(async (client) => {
      try {
        await waitFor(
          async () => orderKey(client.columns()) === serverKey,
          (same) => same,
          120_000,
        );
        return [];
      } catch {
        return [client];
      }
    }),
  )
).flat();
const diverged = divergedClients.length;

// The Chromium pages: the cards they show, in the server's order.
const pageDiverged = async (page: Page, kind: "task" | "deal") => {
  const shown = (await page.evaluate(shownColumns)) as [string, string[]][];
  return shown.some(([name, ids]) => {
    const id = [...columns, ...stages].find((column) => column.name === name)?.id;
    const expected = server.get(`${kind}:${id}`) ?? [];
    const visible = expected.filter((card) => ids.includes(card));
    return JSON.stringify(visible) !== JSON.stringify(ids);
  });
};
const pagesDiverged =
  Number(await pageDiverged(boardPage, "task")) + Number(await pageDiverged(pipelinePage, "deal"));

const serverTaskIds = new Set(
  [...server].filter(([key]) => key.startsWith("task:")).flatMap(([, ids]) => ids),
);
const lost = [...acknowledgedCreates].filter((id) => !serverTaskIds.has(id)).length;
const allIds = [...server.values()].flat();
const duplicated = allIds.length - new Set(allIds).size;

// The project's counters, kept by functions, against a recount. The last events of the load may
// have left their fold to the scheduled foldCounters, which the emulator never fires by itself:
// each look fires it first, as Cloud Scheduler does every minute.
const recount = async () => {
  await fireScheduledFunction({
    name: "foldCounters",
    region: functionsRegion,
    scheduleTime: new Date(),
  });
  const tasks = await adminDb
    .collection(paths.tasks(workspaceId))
    .where("projectId", "==", projectId)
    .get();
  const done = tasks.docs.filter((doc) =>
    doneColumnIds(columns).includes(String(doc.get("status"))),
  );
  const stored = (await adminDb.doc(paths.project(workspaceId, projectId)).get()).data() ?? {};
  return {
    counted: `${tasks.size}/${done.length}`,
    stored: `${String(stored["taskCount"])}/${String(stored["doneTaskCount"])}`,
  };
};
const counters = await waitFor(recount, (now) => now.counted === now.stored, 60_000).catch(() =>
  recount(),
);

// Move → visible: the first time a Chromium page showed the card in the column it was moved to.
const seen = [
  ...((await boardPage.evaluate("window.loadSeen")) as [string, string, number][]),
  ...((await pipelinePage.evaluate("window.loadSeen")) as [string, string, number][]),
];
const latencies = moves.flatMap((move) => {
  const name = columnName(move.column);
  const shown = seen.find(([id, column, at]) => id === move.id && column === name && at >= move.at);
  return shown ? [shown[2] - move.at] : [];
});
await browser.close();
stopWatching.forEach((stop) => stop());

const percentile = (values: number[], share: number) => {
  const sorted = [...values].sort((left, right) => left - right);
  return Math.round(
    sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? NaN,
  );
};
console.log(
  `\n${clientCount} clients + 2 Chromium pages for ${elapsedS.toFixed(0)} s on the emulators`,
);
console.log(`writes: ${writes} (${(writes / elapsedS).toFixed(1)}/s), refused ${refused}`);
console.log(`functions done with the load's events ${backlogS.toFixed(0)} s after its last write`);
console.log(
  `moves seen in Chromium: ${latencies.length} of ${moves.length}; p50 ${percentile(latencies, 0.5)} ms  p95 ${percentile(latencies, 0.95)} ms  p99 ${percentile(latencies, 0.99)} ms`,
);
console.log(
  `cards: ${allIds.length}, duplicated ${duplicated}, created and acknowledged ${acknowledgedCreates.size}, lost ${lost}`,
);
console.log(
  `project counters (tasks/done): stored ${counters.stored}, recount ${counters.counted}`,
);
console.log(
  `clients whose final order differs from the server: ${diverged} SDK, ${pagesDiverged} Chromium`,
);
if (diverged > 0)
  console.log(
    `diverged SDK clients: ${divergedClients.filter((client) => client.pending()).length} still hold unconfirmed writes; cards out of place ${divergedClients.map((client) => outOfPlace(client.columns())).join(", ")}`,
  );
const listenErrors = clients.flatMap((client) => client.listenErrors());
if (listenErrors.length > 0)
  console.log(
    `SDK listeners ended by an error: ${listenErrors.length} (first: ${listenErrors[0] ?? ""})`,
  );
for (const { path, most, total } of busiest().sort((left, right) => right.most - left.most))
  console.log(`${path}: ${total} writes, at most ${most} in one second`);
console.log(
  `load: ${clientCount} clients, ${writes} writes, ${lost} lost, ${diverged + pagesDiverged} diverged, other page p95 ${percentile(latencies, 0.95)} ms`,
);
await Promise.all(clients.map((client) => client.close()));
process.exit(0);
