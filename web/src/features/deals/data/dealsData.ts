import {
  collection,
  deleteDoc,
  doc,
  getCountFromServer,
  getDocs,
  limit,
  orderBy,
  query,
  serverTimestamp,
  where,
} from "firebase/firestore";
import { dealSchema, paths, rankForIndex, type Deal, type DealFields } from "@pano/domain";
import { db } from "@/lib/firebase/firestore";
import { subscribeDoc, subscribeQuery, type Listener, type Row } from "@/lib/firebase/subscribe";
import { rawDoc, typedCollection, typedDoc } from "@/lib/firebase/typedRefs";
import { setDocument, updateDocument } from "@/lib/firebase/writes";

export type DealPlacement = { stage: string; rank: string; lostReason: string | null };

const deals = (workspaceId: string) => typedCollection(paths.deals(workspaceId), dealSchema);

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
) => subscribeDoc(typedDoc(paths.deal(workspaceId, dealId), dealSchema), listener);

export const createDeal = (
  workspaceId: string,
  createdBy: string,
  fields: DealFields,
  placement: DealPlacement,
) => {
  const reference = doc(collection(db, paths.deals(workspaceId)));
  const committed = setDocument(reference, {
    ...fields,
    ...placement,
    projectId: null,
    linkProjectId: null,
    createdBy,
    createdAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
  });
  return { dealId: reference.id, committed };
};

export const updateDeal = (workspaceId: string, dealId: string, fields: DealFields) =>
  updateDocument(rawDoc(paths.deal(workspaceId, dealId)), {
    ...fields,
    updatedAt: serverTimestamp(),
  });

// What a deal with no project asks the won-deal function for: a project of its customer to link
// (the function links it) or null for a new project of its own.
export type ProjectRequest = { linkProjectId: string | null };

// A move is exactly one write, whatever the column's size: the new stage and one fractional rank,
// and on entering a won stage the person's project choice.
export const moveDeal = (
  workspaceId: string,
  dealId: string,
  placement: DealPlacement,
  projectRequest?: ProjectRequest,
) =>
  updateDocument(rawDoc(paths.deal(workspaceId, dealId)), {
    ...placement,
    ...projectRequest,
    updatedAt: serverTimestamp(),
  });

// Linking from the project's side is the same request on the deal: one mechanism, one function.
export const requestProjectLink = (workspaceId: string, dealId: string, projectId: string) =>
  updateDocument(rawDoc(paths.deal(workspaceId, dealId)), {
    linkProjectId: projectId,
    updatedAt: serverTimestamp(),
  });

export const deleteDeal = (workspaceId: string, dealId: string) =>
  deleteDoc(rawDoc(paths.deal(workspaceId, dealId)));

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
