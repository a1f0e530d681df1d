import { Timestamp } from "firebase-admin/firestore";
import {
  functionsRegion,
  paths,
  recomputeStats,
  statsDifference,
  statsEntryId,
  statsEntrySchema,
  timestampsToDates,
  workspaceSchema,
  type StatsDocs,
  type StatsTree,
} from "@pano/domain";
import { adminDb } from "@pano/testing/emulatorClients";
import { fireScheduledFunction } from "@pano/testing/fireScheduledFunction";
import { waitFor } from "@pano/testing/waitFor";
import {
  reportedDeal,
  reportedInteraction,
  reportedProject,
  reportedTask,
} from "../../../functions/src/reports/reportedFields";
import { foldWantedCounters } from "../../../functions/src/scheduled/foldCounters";

const dates = (data: unknown) => timestampsToDates(data, (value) => value instanceof Timestamp);

const all = async (path: string) => (await adminDb.collection(path).get()).docs;

const bookkeeping = ["month", "updatedAt"];

// The stats documents as stored, without their bookkeeping fields.
export const storedStats = async (workspaceId: string): Promise<StatsDocs> =>
  Object.fromEntries(
    (await all(paths.stats(workspaceId))).map((doc) => [
      doc.id,
      Object.fromEntries(
        Object.entries(doc.data()).filter(([field]) => !bookkeeping.includes(field)),
      ) as StatsTree,
    ]),
  );

// The stats recomputed from the workspace's data now; a deal's closing time is what its ledger
// entry recorded (the tests check those times themselves where they matter).
export const recomputedStats = async (workspaceId: string): Promise<StatsDocs> => {
  const [workspace, deals, interactions, tasks, projects] = await Promise.all([
    adminDb.doc(paths.workspace(workspaceId)).get(),
    all(paths.deals(workspaceId)),
    all(paths.interactions(workspaceId)),
    all(paths.tasks(workspaceId)),
    all(paths.projects(workspaceId)),
  ]);
  const closedAt = async (dealId: string) => {
    const entry = await adminDb
      .doc(paths.statsEntry(workspaceId, statsEntryId("deal", dealId)))
      .get();
    return entry.exists ? statsEntrySchema.parse(dates(entry.data())).closedAt : null;
  };
  return recomputeStats({
    stages: workspaceSchema.parse(dates(workspace.data())).stages,
    deals: await Promise.all(
      deals.map(async (doc) => ({
        deal: reportedDeal.parse(dates(doc.data())),
        closedAt: await closedAt(doc.id),
      })),
    ),
    interactions: interactions.map((doc) => reportedInteraction.parse(dates(doc.data()))),
    tasks: tasks.map((doc) => reportedTask.parse(dates(doc.data()))),
    projects: projects.map((doc) => reportedProject.parse(dates(doc.data()))),
  });
};

export const statsMismatch = async (workspaceId: string) =>
  statsDifference(await storedStats(workspaceId), await recomputedStats(workspaceId));

// A fold the triggers deferred is done by the scheduled function, which the emulator never fires
// by itself: each look fires it first, as Cloud Scheduler would every minute.
export const fireFoldCounters = () =>
  fireScheduledFunction({
    name: "foldCounters",
    region: functionsRegion,
    scheduleTime: new Date(),
  });

// With the emulator's own delivery off the scheduled function does not run either: its handler
// is called in the test's process instead.
export const foldInProcess = () => foldWantedCounters();

export const foldedStats = async (workspaceId: string, fold = fireFoldCounters) => {
  await fold();
  return storedStats(workspaceId);
};

// Triggers run asynchronously and folds follow them: waits until the stored stats equal a
// recomputation. The emulator delivers events one at a time, and each may wait out a second
// before its fold, so a burst of 40 takes about 40 s to settle.
export const statsSettled = (workspaceId: string, fold = fireFoldCounters) =>
  waitFor(
    async () =>
      statsDifference(await foldedStats(workspaceId, fold), await recomputedStats(workspaceId)),
    (difference) => difference === null,
    90_000,
  );
