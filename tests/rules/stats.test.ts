import { assertFails, assertSucceeds } from "@firebase/rules-unit-testing";
import {
  collection,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  increment,
  query,
  setDoc,
  updateDoc,
  where,
  type Firestore,
} from "firebase/firestore";
import { describe, it } from "vitest";
import { monthStatsId, paths, pipelineStatsId } from "@pano/domain";
import {
  asUser,
  otherWorkspaceId,
  outsider,
  seedWorkspaces,
  signedOut,
  useRulesTestEnvironment,
  users,
  workspaceId,
  writeAroundRules,
} from "./support/rulesTestEnvironment";

const month = monthStatsId("2026-11");
const monthPath = paths.statsDoc(workspaceId, month);
const pipelinePath = paths.statsDoc(workspaceId, pipelineStatsId);
const entryPath = paths.statsEntry(workspaceId, "deal-d1");
const shardPath = paths.counterShard(pipelinePath, 3);
const foldPath = paths.statsCounterFold(workspaceId, pipelineStatsId);
const entry = {
  version: new Date("2026-11-02T10:00:00Z"),
  deleted: false,
  closedAt: null,
  closedKind: null,
  increments: [{ doc: pipelineStatsId, path: ["openByStage", "lead", "count"], amount: 1 }],
  settledAt: new Date("2026-11-02T10:00:01Z"),
};

const environment = useRulesTestEnvironment(async (current) => {
  await seedWorkspaces(current);
  await writeAroundRules(current, {
    [monthPath]: { month: "2026-11", won: { count: 2, value: { TRY: 150000 } } },
    [pipelinePath]: { openByStage: { lead: { count: 1, value: { TRY: 45000 } } } },
    [paths.statsDoc(otherWorkspaceId, pipelineStatsId)]: { openByStage: {} },
    [entryPath]: entry,
    [shardPath]: { openByStage: { lead: { count: 1 } } },
    [foldPath]: { document: pipelinePath, wantedAt: new Date("2026-11-02T10:00:02Z") },
  });
});

// The Reports page's query: the period's month documents by their month.
const periodMonths = (db: Firestore, workspace: string) =>
  query(
    collection(db, paths.stats(workspace)),
    where("month", ">=", "2026-10"),
    where("month", "<=", "2026-12"),
  );

const members = Object.values(users);
const everyone = () => [
  ...members.map((user) => asUser(environment(), user)),
  asUser(environment(), outsider),
  signedOut(environment()),
];

describe("stats: read by members, written by functions only", () => {
  it.each(members)(
    "lets the $role read the pipeline and a month, one by one or all",
    async (user) => {
      const db = asUser(environment(), user);
      await assertSucceeds(getDoc(doc(db, pipelinePath)));
      await assertSucceeds(getDoc(doc(db, monthPath)));
      await assertSucceeds(getDocs(collection(db, paths.stats(workspaceId))));
      await assertSucceeds(getDocs(periodMonths(db, workspaceId)));
    },
  );

  it("denies outsiders and signed-out users, and members of another workspace", async () => {
    await assertFails(getDoc(doc(asUser(environment(), outsider), monthPath)));
    await assertFails(getDocs(periodMonths(asUser(environment(), outsider), workspaceId)));
    await assertFails(getDocs(periodMonths(signedOut(environment()), workspaceId)));
    await assertFails(getDocs(periodMonths(asUser(environment(), users.owner), otherWorkspaceId)));
    await assertFails(getDoc(doc(signedOut(environment()), monthPath)));
    await assertFails(
      getDoc(
        doc(asUser(environment(), users.owner), paths.statsDoc(otherWorkspaceId, pipelineStatsId)),
      ),
    );
  });

  it("denies every client creating, changing or deleting stats, the owner included", async () => {
    for (const db of everyone()) {
      await assertFails(
        setDoc(doc(db, paths.statsDoc(workspaceId, monthStatsId("2026-12"))), { month: "2026-12" }),
      );
      await assertFails(updateDoc(doc(db, monthPath), { "won.count": increment(1) }));
      await assertFails(setDoc(doc(db, pipelinePath), { openByStage: {} }));
      await assertFails(deleteDoc(doc(db, monthPath)));
    }
  });

  it("denies every client reading or writing the ledger behind the stats", async () => {
    for (const db of everyone()) {
      await assertFails(getDoc(doc(db, entryPath)));
      await assertFails(getDocs(collection(db, paths.statsEntries(workspaceId))));
      await assertFails(setDoc(doc(db, paths.statsEntry(workspaceId, "deal-d2")), entry));
      await assertFails(updateDoc(doc(db, entryPath), { deleted: true }));
      await assertFails(deleteDoc(doc(db, entryPath)));
    }
  });

  it("denies every client the counter shards and fold requests under a stats document", async () => {
    for (const db of everyone()) {
      await assertFails(getDoc(doc(db, shardPath)));
      await assertFails(getDocs(collection(db, paths.counterShards(pipelinePath))));
      await assertFails(setDoc(doc(db, paths.counterShard(pipelinePath, 0)), { openByStage: {} }));
      await assertFails(updateDoc(doc(db, shardPath), { "openByStage.lead.count": increment(5) }));
      await assertFails(deleteDoc(doc(db, shardPath)));
      await assertFails(getDoc(doc(db, foldPath)));
      await assertFails(
        setDoc(doc(db, foldPath), { document: pipelinePath, wantedAt: new Date() }),
      );
      await assertFails(deleteDoc(doc(db, foldPath)));
    }
  });
});
