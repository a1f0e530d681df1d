import { FieldValue, type Transaction } from "firebase-admin/firestore";
import { onDocumentWritten } from "firebase-functions/v2/firestore";
import {
  columnFields,
  dealProjectOutcome,
  dealSchema,
  defaultColumns,
  isLocale,
  isWonStage,
  paths,
  projectSchema,
  wonDealProjectId,
  workspaceSchema,
  type Deal,
  type Locale,
} from "@pano/domain";
import { db } from "../lib/admin";
import { converter } from "../lib/converter";
import { dealProjectNotice } from "../notify/dealProjectNotice";
import { retriedTrigger } from "../lib/retriedTrigger";

const projectRef = (workspaceId: string, projectId: string) =>
  db.doc(paths.project(workspaceId, projectId)).withConverter(converter(projectSchema));

const ownerLocale = async (transaction: Transaction, ownerId: string): Promise<Locale> => {
  const locale: unknown = (await transaction.get(db.doc(paths.user(ownerId)))).get("locale");
  return isLocale(locale) ? locale : "tr";
};

const newDealProject = (deal: Deal, dealId: string, locale: Locale) => ({
  name: deal.title,
  customerId: deal.customerId,
  dealId,
  status: "planned",
  ...columnFields(defaultColumns(locale)),
  dueAt: null,
  ownerId: deal.ownerId,
  taskCount: 0,
  doneTaskCount: 0,
  createdBy: deal.ownerId,
  createdAt: FieldValue.serverTimestamp(),
  updatedAt: FieldValue.serverTimestamp(),
});

type Settled = {
  deal: Deal;
  dealId: string;
  project: { id: string; name: string };
  won: boolean;
  linked: boolean;
  locale: Locale;
};

// One activity entry and one notification to the deal's owner per deal: their ids derive from
// the deal, and this runs only in the transaction that gives the deal its project.
const recordSettled = (transaction: Transaction, workspaceId: string, settled: Settled) => {
  const { deal, dealId, project, won, linked, locale } = settled;
  const kind = won ? "won" : "linked";
  transaction.create(db.doc(paths.activity(workspaceId, `deal-${kind}-${dealId}`)), {
    type: `deal_${kind}`,
    actorId: deal.ownerId,
    dealId,
    projectId: project.id,
    createdAt: FieldValue.serverTimestamp(),
  });
  transaction.create(
    db.doc(paths.notification(deal.ownerId, `deal-${kind}-${workspaceId}-${dealId}`)),
    {
      workspaceId,
      type: `deal_${kind}`,
      title: deal.title,
      body: dealProjectNotice(locale, {
        dealTitle: deal.title,
        projectName: project.name,
        won,
        linked,
      }),
      link: `/w/${workspaceId}/projects/${project.id}`,
      read: false,
      createdAt: FieldValue.serverTimestamp(),
    },
  );
};

// Exactly once: a deal gets one project, either the existing one it asked for (linkProjectId,
// which the rules check when it is set) or, once won, its own `deal-<id>`. One transaction reads
// the deal, the requested project and the deal's own project before deciding, and a deal with a
// projectId is never touched again, so redelivered or racing events, won → open → won, and two
// deals asking for the same project all end with one project per deal and one deal per project.
// The deal update this makes re-triggers the function, which then no-ops.
export const createProjectForWonDeal = async (workspaceId: string, dealId: string) => {
  const dealRef = db.doc(paths.deal(workspaceId, dealId)).withConverter(converter(dealSchema));
  const ownRef = projectRef(workspaceId, wonDealProjectId(dealId));
  const workspaceRef = db
    .doc(paths.workspace(workspaceId))
    .withConverter(converter(workspaceSchema));

  await db.runTransaction(async (transaction) => {
    const deal = (await transaction.get(dealRef)).data();
    // A deal with a projectId has had its project, even if someone deleted it since.
    if (!deal || deal.projectId) return;
    const requestedRef = deal.linkProjectId ? projectRef(workspaceId, deal.linkProjectId) : null;
    const [requested, own, workspace] = await Promise.all([
      requestedRef ? transaction.get(requestedRef) : null,
      transaction.get(ownRef),
      transaction.get(workspaceRef),
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
      transaction.update(dealRef, { projectId: ownRef.id });
      return;
    }
    const locale = await ownerLocale(transaction, deal.ownerId);
    const linked =
      outcome === "link" && requestedRef && requestedProject
        ? { id: requestedRef.id, name: requestedProject.name }
        : null;
    if (linked)
      transaction.update(db.doc(paths.project(workspaceId, linked.id)), {
        dealId,
        updatedAt: FieldValue.serverTimestamp(),
      });
    else transaction.create(db.doc(ownRef.path), newDealProject(deal, dealId, locale));
    const project = linked ?? { id: ownRef.id, name: deal.title };
    transaction.update(dealRef, { projectId: project.id });
    recordSettled(transaction, workspaceId, {
      deal,
      dealId,
      project,
      won,
      linked: linked !== null,
      locale,
    });
  });
};

export const onDealWritten = onDocumentWritten(
  retriedTrigger("workspaces/{workspaceId}/deals/{dealId}"),
  (event) =>
    event.data?.after.exists
      ? createProjectForWonDeal(event.params.workspaceId, event.params.dealId)
      : Promise.resolve(),
);
