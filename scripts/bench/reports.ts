import { request } from "node:http";
import { getApps, initializeApp } from "firebase-admin/app";
import { getAuth } from "firebase-admin/auth";
import { getFirestore, Timestamp, type DocumentData } from "firebase-admin/firestore";
import {
  closingChange,
  collectionGroups,
  currencies,
  dealInputSchema,
  dealSchema,
  defaultColumns,
  defaultStages,
  functionsRegion,
  interactionInputSchema,
  interactionSchema,
  interactionTypes,
  newDeal,
  newInteraction,
  newMember,
  newProject,
  newTask,
  newUserProfile,
  newWorkspace,
  paths,
  projectInputSchema,
  projectSchema,
  projectStatuses,
  recomputeStats,
  statsDifference,
  periodRange,
  statsDocIdsFor,
  taskInputSchema,
  taskSchema,
  timestampsToDates,
  type RebuildReportsResult,
  type StatsDocs,
  type StatsTree,
} from "@pano/domain";
import {
  disableBackgroundTriggers,
  enableBackgroundTriggers,
} from "@pano/testing/backgroundTriggers";
import { fireScheduledFunction } from "@pano/testing/fireScheduledFunction";
import { waitFor } from "@pano/testing/waitFor";
import { timeToFirstChart } from "./firstChart";

// 10,000 deals over 12 months, stages and owners, 50,000 interactions, 5,000 tasks and 300
// projects, written with triggers off (data older than the reports). Then the real
// rebuildReports callable runs once in the Functions emulator; the stats it leaves are compared
// with a brute-force recomputation from every document, and the documents the Reports page reads
// to open a year are counted the way the page lists them, and Chromium, signed in as the owner,
// times Reports on the last 12 months until its first chart is drawn. Run with `npm run bench:reports` (it
// builds and starts the emulators).
const firestoreHost = process.env.FIRESTORE_EMULATOR_HOST;
const authHost = process.env.FIREBASE_AUTH_EMULATOR_HOST;
if (!firestoreHost || !authHost) throw new Error("run under firebase emulators:exec");

const dealCount = 10_000;
const interactionCount = 50_000;
const taskCount = 5_000;
const projectCount = 300;
const customerCount = 800;
const workspaceId = "bench-reports";
const projectId = process.env.GCLOUD_PROJECT ?? "demo-pano";
const people = ["u-ayse", "u-mehmet", "u-zeynep", "u-can", "u-elif", "u-burak"];
// The owner (people[0]) is the one account that signs in: to call the rebuild and in Chromium.
const owner = { email: "ayse@bench.test", password: "bench-password" };
const chartLoads = 3;
const screenshot = "/tmp/bench-reports-first-chart.png";
const dayMs = 24 * 60 * 60 * 1000;
const now = new Date();
const yearAgo = new Date(now.getTime() - 365 * dayMs);

const app = getApps()[0] ?? initializeApp({ projectId });
const db = getFirestore(app);

// A fixed pseudo-random sequence, so every run seeds the same data.
let seed = 13;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const withinYear = () =>
  new Date(yearAgo.getTime() + random() * (now.getTime() - yearAgo.getTime()));

// Batches of 500 writes, eight at a time.
const writeAll = async (documents: [string, DocumentData][]) => {
  const batches: [string, DocumentData][][] = [];
  for (let index = 0; index < documents.length; index += 500)
    batches.push(documents.slice(index, index + 500));
  const next = async (): Promise<void> => {
    const batch = batches.shift();
    if (!batch) return;
    const write = db.batch();
    for (const [path, data] of batch) write.set(db.doc(path), data);
    await write.commit();
    return next();
  };
  await Promise.all(Array.from({ length: 8 }, next));
};

const stages = defaultStages("tr");
const openStages = stages.filter((stage) => stage.kind === "open").map((stage) => stage.id);
const lostReasons = ["Fiyat yüksek", "Rakip seçildi", "Bütçe yok", "Zamanlama"];

const dealDocument = (index: number): DocumentData => {
  const createdAt = withinYear();
  const roll = random();
  const stage = roll < 0.4 ? pick(openStages) : roll < 0.75 ? "won" : "lost";
  const closedAt =
    stage === "won" || stage === "lost"
      ? new Date(Math.min(now.getTime(), createdAt.getTime() + random() * 60 * dayMs))
      : createdAt;
  const ownerId = pick(people);
  return {
    ...newDeal(
      dealInputSchema.parse({
        title: `Fırsat ${index}`,
        customerId: `c-${index % customerCount}`,
        value: Math.round(random() * 500_000) / 4,
        currency: random() < 0.8 ? "TRY" : pick(currencies),
        ownerId,
      }),
      {
        stage,
        rank: "a0",
        lostReason: stage === "lost" && random() < 0.8 ? pick(lostReasons) : null,
      },
      closingChange(stages, undefined, stage),
      ownerId,
      createdAt,
    ),
    // Its last write is the move that closed it.
    ...(stage === "won" || stage === "lost" ? { closedAt } : {}),
    updatedAt: closedAt,
  };
};

const interactionDocument = (index: number): DocumentData => {
  const occurredAt = withinYear();
  return newInteraction(
    `c-${index % customerCount}`,
    interactionInputSchema.parse({
      type: pick(interactionTypes),
      subject: `Görüşme ${index}`,
      occurredAt,
    }),
    pick(people),
    occurredAt,
  );
};

const taskDocument = (index: number): DocumentData => {
  const createdAt = withinYear();
  const completed = random() < 0.6;
  const task = newTask(
    taskInputSchema.parse({
      title: `Görev ${index}`,
      assigneeId: random() < 0.9 ? pick(people) : null,
      dueAt: random() < 0.8 ? new Date(createdAt.getTime() + random() * 30 * dayMs) : null,
    }),
    {
      projectId: null,
      customerId: `c-${index % customerCount}`,
      dealId: null,
      status: completed ? "done" : "todo",
      rank: "a0",
    },
    { createdBy: pick(people), completed },
    createdAt,
  );
  return task;
};

const projectDocument = (index: number): DocumentData =>
  newProject(
    {
      fields: projectInputSchema.parse({
        name: `Proje ${index}`,
        customerId: `c-${index % customerCount}`,
        status: pick(projectStatuses),
        ownerId: pick(people),
      }),
      columns: defaultColumns("tr"),
      createdBy: pick(people),
    },
    withinYear(),
  );

const seedData = async () => {
  const started = performance.now();
  await disableBackgroundTriggers();
  await writeAll([
    [paths.workspace(workspaceId), newWorkspace("Bench Ajans", stages, people[0] ?? "", yearAgo)],
    ...people.map((uid, index): [string, DocumentData] => [
      paths.member(workspaceId, uid),
      newMember(
        { uid, email: index === 0 ? owner.email : `${uid}@bench.test`, displayName: uid },
        index === 0 ? "owner" : "member",
        yearAgo,
      ),
    ]),
    [
      paths.user(people[0] ?? ""),
      newUserProfile({ displayName: "Ayşe", email: owner.email, locale: "tr" }, yearAgo),
    ],
  ]);
  await writeAll(
    Array.from({ length: dealCount }, (_, index) => [
      paths.deal(workspaceId, `d-${index}`),
      dealDocument(index),
    ]),
  );
  await writeAll(
    Array.from({ length: interactionCount }, (_, index) => [
      paths.interaction(workspaceId, `i-${index}`),
      interactionDocument(index),
    ]),
  );
  await writeAll(
    Array.from({ length: taskCount }, (_, index) => [
      paths.task(workspaceId, `t-${index}`),
      taskDocument(index),
    ]),
  );
  await writeAll(
    Array.from({ length: projectCount }, (_, index) => [
      paths.project(workspaceId, `p-${index}`),
      projectDocument(index),
    ]),
  );
  await enableBackgroundTriggers();
  console.log(
    `seeded ${dealCount} deals, ${interactionCount} interactions, ${taskCount} tasks and ${projectCount} projects in ${Math.round((performance.now() - started) / 1000)} s`,
  );
};

// The owner signs in on the Auth emulator and calls the callable the way the web client does
// (plain HTTP: a rebuild outlasts the client SDK's 70-second timeout).
const ownerIdToken = async () => {
  const { email, password } = owner;
  const auth = getAuth(app);
  await auth.deleteUser(people[0] ?? "").catch(() => undefined);
  await auth.createUser({ uid: people[0], email, password, emailVerified: true });
  const response = await fetch(
    `http://${authHost}/identitytoolkit.googleapis.com/v1/accounts:signInWithPassword?key=bench`,
    {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password, returnSecureToken: true }),
    },
  );
  const { idToken } = (await response.json()) as { idToken: string };
  return idToken;
};

const callRebuild = (idToken: string, resume: RebuildReportsResult["resume"]) =>
  new Promise<RebuildReportsResult>((resolve, reject) => {
    const functionsHost = new URL(
      `http://${process.env.FUNCTIONS_EMULATOR_HOST ?? "127.0.0.1:5001"}`,
    );
    const call = request(
      {
        host: functionsHost.hostname,
        port: functionsHost.port,
        path: `/${projectId}/${functionsRegion}/rebuildReports`,
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${idToken}` },
      },
      (response) => {
        let body = "";
        response.on("data", (chunk: Buffer) => (body += chunk.toString()));
        response.on("end", () => {
          const parsed = JSON.parse(body) as { result?: RebuildReportsResult; error?: unknown };
          if (parsed.result) resolve(parsed.result);
          else reject(new Error(`rebuildReports failed: ${body}`));
        });
      },
    );
    call.on("error", reject);
    call.end(JSON.stringify({ data: { workspaceId, resume } }));
  });

// As the Settings page does it: call again from where the last call stopped until it is done.
const rebuildAll = async (idToken: string) => {
  const total = { documentsRead: 0, ms: 0, calls: 0 };
  let resume: RebuildReportsResult["resume"] = null;
  do {
    const result = await callRebuild(idToken, resume);
    total.documentsRead += result.documentsRead;
    total.ms += result.ms;
    total.calls += 1;
    resume = result.resume;
  } while (resume);
  return total;
};

const dates = (data: unknown) => timestampsToDates(data, (value) => value instanceof Timestamp);

// Every document of a collection, read in pages.
const everyDocument = async (path: string) => {
  const documents: DocumentData[] = [];
  let query = db.collection(path).orderBy("__name__").limit(5_000);
  for (;;) {
    const page = await query.get();
    documents.push(...page.docs.map((doc) => dates(doc.data()) as DocumentData));
    const last = page.docs.at(-1);
    if (!last || page.size < 5_000) return documents;
    query = db.collection(path).orderBy("__name__").startAfter(last).limit(5_000);
  }
};

// From the data alone, without the ledger: a deal seeded closed closed at its last write.
const bruteForce = async (): Promise<StatsDocs> => {
  const [deals, interactions, tasks, projects] = await Promise.all([
    everyDocument(paths.deals(workspaceId)),
    everyDocument(paths.interactions(workspaceId)),
    everyDocument(paths.tasks(workspaceId)),
    everyDocument(paths.projects(workspaceId)),
  ]);
  return recomputeStats({
    stages,
    deals: deals.map((data) => {
      const deal = dealSchema.parse(data);
      return { deal, closedAt: deal.closedAt };
    }),
    interactions: interactions.map((data) => interactionSchema.parse(data)),
    tasks: tasks.map((data) => taskSchema.parse(data)),
    projects: projects.map((data) => projectSchema.parse(data)),
  });
};

const keptStats = async (): Promise<StatsDocs> =>
  Object.fromEntries(
    (await db.collection(paths.stats(workspaceId)).get()).docs.map((doc) => {
      const numbers = Object.entries(doc.data()).filter(
        ([field]) => field !== "month" && field !== "updatedAt",
      );
      return [doc.id, Object.fromEntries(numbers) as StatsTree];
    }),
  );

await seedData();
const rebuild = await rebuildAll(await ownerIdToken());
console.log(
  `rebuild: ${rebuild.documentsRead} documents read, ${(rebuild.ms / 1000).toFixed(1)} s in ${rebuild.calls} calls`,
);

// Opening Reports on "last 12 months": the page reads these documents and nothing else.
const openIds = statsDocIdsFor(periodRange({ kind: "last12Months" }, now));
const opened = await db.getAll(...openIds.map((id) => db.doc(paths.statsDoc(workspaceId, id))));
const largest = Math.max(...opened.map((doc) => JSON.stringify(doc.data() ?? {}).length));
console.log(
  `open a year: ${opened.length} documents (${openIds.join(", ")}); largest ${Math.round(largest / 1024)} KiB`,
);

const chart = await timeToFirstChart({ workspaceId, ...owner, loads: chartLoads, screenshot });
console.log(
  `first chart: p50 ${chart.p50.toFixed(0)} ms (${chartLoads} loads, last 12 months; ${chart.times.map((ms) => ms.toFixed(0)).join(", ")} ms; screenshot ${screenshot})`,
);

// Events add to the stats documents' shards and a fold writes them at most once a second; one
// that had to wait is the scheduled foldCounters' (which the emulator never fires by itself), so
// it is fired until no fold of the workspace is wanted before the documents are compared.
const foldsWanted = async () =>
  (await db.collectionGroup(collectionGroups.counterFolds).get()).docs.filter((wanted) =>
    wanted.ref.path.startsWith(`${paths.workspace(workspaceId)}/`),
  ).length;
await waitFor(
  async () => {
    await fireScheduledFunction({
      name: "foldCounters",
      region: functionsRegion,
      scheduleTime: new Date(),
    });
    return foldsWanted();
  },
  (wanted) => wanted === 0,
  60_000,
);

const difference = statsDifference(await keptStats(), await bruteForce());
if (difference) console.log(`first difference: ${difference}`);
console.log(
  `reports: ${opened.length} documents read to open, aggregates match: ${difference ? "no" : "yes"}`,
);
process.exit(0);
