import { FieldPath } from "firebase-admin/firestore";
import { paths, type Stage } from "@pano/domain";
import { db } from "../lib/admin";
import { withDates } from "../lib/converter";
import { reportedDeal } from "./reportedFields";
import { settleStats } from "./settleStats";

const pageSize = 300;

// The stages whose deals count differently after a workspace write: removed ones, and ones whose
// kind (open, won, lost) changed. A rename changes nothing: stats are keyed by stage id.
export const recountedStages = (before: Stage[], after: Stage[]) =>
  before
    .filter((stage) => after.find((candidate) => candidate.id === stage.id)?.kind !== stage.kind)
    .map((stage) => stage.id);

// Passes the deals of those stages through their ledger again, against the workspace's stages
// now (read in each transaction): their version is unchanged, so only the difference applies.
export const rederiveStageDeals = async (workspaceId: string, stageIds: string[]) => {
  if (stageIds.length === 0) return;
  const deals = db
    .collection(paths.deals(workspaceId))
    .where("stage", "in", stageIds)
    .orderBy(FieldPath.documentId())
    .limit(pageSize);
  let last: string | undefined;
  for (;;) {
    const page = await (last === undefined ? deals : deals.startAfter(last)).get();
    const now = new Date();
    await settleStats(
      workspaceId,
      page.docs.map((doc) => {
        const deal = reportedDeal.parse(withDates(doc.data()));
        return { kind: "deal", id: doc.id, before: deal, after: deal, time: now };
      }),
    );
    if (page.size < pageSize) return;
    last = page.docs.at(-1)?.id;
  }
};
