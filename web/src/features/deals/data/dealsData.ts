import {
  collection,
  doc,
  getCountFromServer,
  getDocs,
  limit,
  orderBy,
  query,
  where,
} from "firebase/firestore";
import {
  dealEdit,
  dealMove,
  dealSchema,
  newDeal,
  paths,
  rankForIndex,
  type Deal,
  type DealFields,
  type ClosingChange,
  type DealPlacement,
  type ProjectRequest,
} from "@pano/domain";
import { db } from "@/lib/firebase/firestore";
import { subscribeDoc, subscribeQuery, type Listener, type Row } from "@/lib/firebase/subscribe";
import { typedCollection, typedDoc } from "@/lib/firebase/typedRefs";
import { writerUid } from "@/lib/firebase/writerUid";
import { deleteDocument, serverTime, setDocument, updateDocument } from "@/lib/firebase/writes";

export type { DealPlacement, ProjectRequest };

const deals = (workspaceId: string) => typedCollection(paths.deals(workspaceId), dealSchema);

const deal = (workspaceId: string, dealId: string) =>
  typedDoc(paths.deal(workspaceId, dealId), dealSchema);

// The whole pipeline is one live query: a small team's open and closed deals fit in memory, and
// every move on any screen arrives as one changed document.
export const watchDeals = (workspaceId: string, listener: Listener<Row<Deal>[]>) =>
  subscribeQuery(deals(workspaceId), listener);

export const watchCustomerDeals = (
  workspaceId: string,
  customerId: string,
  listener: Listener<Row<Deal>[]>,
) => subscribeQuery(query(deals(workspaceId), where("customerId", "==", customerId)), listener);

export const watchDeal = (
  workspaceId: string,
  dealId: string,
  listener: Listener<Row<Deal> | null>,
) => subscribeDoc(deal(workspaceId, dealId), listener);

export const createDeal = (
  workspaceId: string,
  createdBy: string,
  fields: DealFields,
  placement: DealPlacement,
  closing: ClosingChange,
) => {
  const reference = doc(deals(workspaceId));
  const committed = setDocument(
    reference,
    newDeal(fields, placement, closing, createdBy, serverTime()),
  );
  return { dealId: reference.id, committed };
};

// changes: only the fields the person changed.
export const updateDeal = (workspaceId: string, dealId: string, changes: Partial<DealFields>) =>
  updateDocument(deal(workspaceId, dealId), dealEdit(changes, writerUid(), serverTime()));

// A move is exactly one write, whatever the column's size: the new stage and one fractional rank,
// the closing time when it closes or reopens the deal, and on entering a won stage the person's
// project choice.
export const moveDeal = (
  workspaceId: string,
  dealId: string,
  placement: DealPlacement,
  closing: ClosingChange,
  projectRequest?: ProjectRequest,
) =>
  updateDocument(
    deal(workspaceId, dealId),
    dealMove(placement, closing, writerUid(), serverTime(), projectRequest),
  );

// Linking from the project's side is the same request on the deal: one mechanism, one function.
export const requestProjectLink = (workspaceId: string, dealId: string, projectId: string) =>
  updateDocument(deal(workspaceId, dealId), {
    linkProjectId: projectId,
    updatedBy: writerUid(),
    updatedAt: serverTime(),
  });

export const deleteDeal = (workspaceId: string, dealId: string) =>
  deleteDocument(deal(workspaceId, dealId));

// A count aggregation reads no documents: enough to tell whether a stage may be removed.
export const countDealsInStage = async (workspaceId: string, stageId: string) =>
  (
    await getCountFromServer(
      query(collection(db, paths.deals(workspaceId)), where("stage", "==", stageId)),
    )
  ).data().count;

// A deal added outside the board goes to the top of its stage: one read for the current top card.
export const topOfStage = async (workspaceId: string, stage: string) => {
  const top = await getDocs(
    query(deals(workspaceId), where("stage", "==", stage), orderBy("rank"), limit(1)),
  );
  return rankForIndex(
    top.docs.map((document) => ({ id: document.id, rank: document.data().rank })),
    0,
  );
};
