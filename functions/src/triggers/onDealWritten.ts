import { FieldValue } from "firebase-admin/firestore";
import { onDocumentWritten } from "firebase-functions/v2/firestore";
import {
  columnFields,
  defaultColumns,
  isLocale,
  isWonStage,
  paths,
  wonDealProjectId,
  workspaceSchema,
} from "@pano/domain";
import { db } from "../lib/admin";
import { converter } from "../lib/converter";

// Exactly once: the project id is derived from the deal, and the check and the writes share one
// transaction, so a redelivered event, two racing events, or won → open → won again all find the
// project (or the deal's projectId) already there. The deal update this makes re-triggers the
// function, which then no-ops.
export const createProjectForWonDeal = async (workspaceId: string, dealId: string) => {
  const dealRef = db.doc(paths.deal(workspaceId, dealId));
  const projectRef = db.doc(paths.project(workspaceId, wonDealProjectId(dealId)));
  const workspaceRef = db
    .doc(paths.workspace(workspaceId))
    .withConverter(converter(workspaceSchema));

  await db.runTransaction(async (transaction) => {
    const [deal, project, workspace] = await Promise.all([
      transaction.get(dealRef),
      transaction.get(projectRef),
      transaction.get(workspaceRef),
    ]);
    const stages = workspace.data()?.stages ?? [];
    if (!deal.exists || !isWonStage(stages, deal.get("stage"))) return;
    // A deal with a projectId has had its project, even if someone deleted it since.
    if (deal.get("projectId")) return;
    if (project.exists) {
      transaction.update(dealRef, { projectId: projectRef.id });
      return;
    }
    const ownerId: string = deal.get("ownerId");
    const owner = await transaction.get(db.doc(paths.user(ownerId)));
    const locale = isLocale(owner.get("locale")) ? owner.get("locale") : "tr";
    const title: string = deal.get("title");
    transaction.create(projectRef, {
      name: title,
      customerId: deal.get("customerId"),
      dealId,
      status: "planned",
      ...columnFields(defaultColumns(locale)),
      dueAt: null,
      ownerId,
      taskCount: 0,
      doneTaskCount: 0,
      createdBy: ownerId,
      createdAt: FieldValue.serverTimestamp(),
      updatedAt: FieldValue.serverTimestamp(),
    });
    transaction.update(dealRef, { projectId: projectRef.id });
    transaction.create(db.doc(paths.activity(workspaceId, `deal-won-${dealId}`)), {
      type: "deal_won",
      actorId: ownerId,
      dealId,
      projectId: projectRef.id,
      createdAt: FieldValue.serverTimestamp(),
    });
    transaction.create(db.doc(paths.notification(ownerId, `deal-won-${workspaceId}-${dealId}`)), {
      workspaceId,
      type: "deal_won",
      title,
      body:
        locale === "tr"
          ? `“${title}” kazanıldı; projesi oluşturuldu.`
          : `“${title}” was won; its project was created.`,
      link: `/w/${workspaceId}/projects/${projectRef.id}`,
      read: false,
      createdAt: FieldValue.serverTimestamp(),
    });
  });
};

export const onDealWritten = onDocumentWritten(
  "workspaces/{workspaceId}/deals/{dealId}",
  (event) =>
    event.data?.after.exists
      ? createProjectForWonDeal(event.params.workspaceId, event.params.dealId)
      : Promise.resolve(),
);
