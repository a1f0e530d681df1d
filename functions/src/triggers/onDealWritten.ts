import type { Transaction } from "firebase-admin/firestore";
import { onDocumentWritten } from "firebase-functions/v2/firestore";
import {
  dealProjectOutcome,
  dealSchema,
  defaultColumns,
  isWonStage,
  mayGetProject,
  newActivity,
  paths,
  projectForWonDeal,
  wonDealProjectId,
  userProfileSchema,
  type Deal,
  type DeliveryPreferences,
  type Locale,
} from "@pano/domain";
import { db } from "../lib/admin";
import { activityRef, dealRef, projectRef, userProfileRef, workspaceRef } from "../lib/refs";
import { eventData } from "../lib/eventData";
import { retriedTrigger } from "../lib/retriedTrigger";
import { createIn, serverTime, updateIn } from "../lib/typedWrites";
import { readPreferences, writeNotice } from "../notify/notifyUser";

const localeOnly = userProfileSchema.pick({ locale: true });

// Turkish for an owner without a profile yet (an account made outside the app).
const ownerLocale = async (transaction: Transaction, ownerId: string): Promise<Locale> => {
  const profile = await transaction.get(userProfileRef(ownerId).withConverter(null));
  return localeOnly.safeParse(profile.data()).data?.locale ?? "tr";
};

type Settled = {
  deal: Deal;
  dealId: string;
  project: { id: string; name: string };
  won: boolean;
  linked: boolean;
};

// One activity entry and one notification to the deal's owner per deal (as the owner's settings
// want it): their ids derive from the deal, and this runs only in the transaction that gives the
// deal its project.
const recordSettled = (
  transaction: Transaction,
  workspaceId: string,
  settled: Settled,
  ownerPreferences: DeliveryPreferences,
) => {
  const { deal, dealId, project, won, linked } = settled;
  const kind = won ? "won" : "linked";
  const type = won ? "deal_won" : "deal_linked";
  createIn(
    transaction,
    activityRef(workspaceId, `deal-${kind}-${dealId}`),
    newActivity({ type, actorId: deal.ownerId, dealId, projectId: project.id }, serverTime()),
  );
  writeNotice(
    transaction,
    ownerPreferences,
    {
      uid: deal.ownerId,
      id: `deal-${kind}-${workspaceId}-${dealId}`,
      content: won
        ? { type: "deal_won", params: { dealTitle: deal.title, projectName: project.name, linked } }
        : { type: "deal_linked", params: { dealTitle: deal.title, projectName: project.name } },
      workspaceId,
      link: `/w/${workspaceId}/projects/${project.id}`,
    },
    new Date(),
  );
};

// Exactly once: a deal gets one project, either the existing one it asked for (linkProjectId,
// which the rules check when it is set) or, once won, its own `deal-<id>`. One transaction reads
// the deal, the requested project and the deal's own project before deciding, and a deal with a
// projectId is never touched again, so redelivered or racing events, won → open → won, and two
// deals asking for the same project all end with one project per deal and one deal per project.
// The deal update this makes re-triggers the function, which then no-ops.
export const createProjectForWonDeal = async (workspaceId: string, dealId: string) => {
  const dealDoc = dealRef(workspaceId, dealId);
  const ownRef = projectRef(workspaceId, wonDealProjectId(dealId));

  await db.runTransaction(async (transaction) => {
    const deal = (await transaction.get(dealDoc)).data();
    // A deal with a projectId has had its project, even if someone deleted it since.
    if (!deal || deal.projectId) return;
    const requestedRef = deal.linkProjectId ? projectRef(workspaceId, deal.linkProjectId) : null;
    const [requested, own, workspace] = await Promise.all([
      requestedRef ? transaction.get(requestedRef) : null,
      transaction.get(ownRef),
      transaction.get(workspaceRef(workspaceId)),
    ]);
    const won = isWonStage(workspace.data()?.stages ?? [], deal.stage);
    const requestedProject = requested?.data() ?? null;
    const outcome = dealProjectOutcome({
      deal,
      won,
      requested: requestedProject,
      ownProjectExists: own.exists,
    });
    if (outcome === "none") return;
    if (outcome === "adopt") {
      updateIn(transaction, dealDoc, { projectId: ownRef.id });
      return;
    }
    const [locale, ownerPreferences] = await Promise.all([
      ownerLocale(transaction, deal.ownerId),
      readPreferences(transaction, deal.ownerId),
    ]);
    const linked =
      outcome === "link" && requestedRef && requestedProject
        ? { id: requestedRef.id, name: requestedProject.name }
        : null;
    if (linked)
      updateIn(transaction, projectRef(workspaceId, linked.id), {
        dealId,
        updatedAt: serverTime(),
      });
    else
      createIn(
        transaction,
        ownRef,
        projectForWonDeal(deal, dealId, defaultColumns(locale), serverTime()),
      );
    const project = linked ?? { id: ownRef.id, name: deal.title };
    updateIn(transaction, dealDoc, { projectId: project.id });
    recordSettled(
      transaction,
      workspaceId,
      { deal, dealId, project, won, linked: linked !== null },
      ownerPreferences,
    );
  });
};

const projectSource = dealSchema.pick({ stage: true, projectId: true, linkProjectId: true });

// A move between open stages (most deal writes) takes no transaction: only a write that leaves
// the deal won or asking for a link goes on, and the transaction reads the deal as it is now.
export const onDealWritten = onDocumentWritten(
  retriedTrigger(paths.deal("{workspaceId}", "{dealId}")),
  async (event) => {
    const { workspaceId, dealId } = event.params;
    const after = eventData(projectSource, event.data?.after);
    if (!after || after.projectId !== null) return;
    const workspace = await workspaceRef(workspaceId).get();
    if (!mayGetProject(after, isWonStage(workspace.data()?.stages ?? [], after.stage))) return;
    await createProjectForWonDeal(workspaceId, dealId);
  },
);
