import { onDocumentWritten } from "firebase-functions/v2/firestore";
import { dealLink, dealSchema, paths } from "@pano/domain";
import { eventData } from "../lib/eventData";
import { retriedTrigger } from "../lib/retriedTrigger";
import { notifyHandover } from "../notify/notifyHandover";

const ownerOnly = dealSchema.pick({ ownerId: true });
const ownedFields = dealSchema.pick({
  title: true,
  value: true,
  currency: true,
  ownerId: true,
  createdBy: true,
  updatedBy: true,
  updatedAt: true,
});

// A deal someone else makes yours, on creation or by changing its owner, notifies you.
export const onDealHandedOver = onDocumentWritten(
  retriedTrigger(paths.deal("{workspaceId}", "{dealId}")),
  async (event) => {
    const deal = eventData(ownedFields, event.data?.after);
    if (!deal) return;
    const { workspaceId, dealId } = event.params;
    await notifyHandover({
      workspaceId,
      subjectId: dealId,
      before: eventData(ownerOnly, event.data?.before)?.ownerId,
      holder: deal.ownerId,
      written: deal,
      link: dealLink(workspaceId, dealId),
      content: (actorName) => ({
        type: "deal_assigned",
        params: { dealTitle: deal.title, actorName, value: deal.value, currency: deal.currency },
      }),
    });
  },
);
