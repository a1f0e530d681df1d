import { onDocumentWritten } from "firebase-functions/v2/firestore";
import { customerLink, customerSchema, paths } from "@pano/domain";
import { eventData } from "../lib/eventData";
import { retriedTrigger } from "../lib/retriedTrigger";
import { notifyHandover } from "../notify/notifyHandover";

const ownerOnly = customerSchema.pick({ ownerId: true });
const ownedFields = customerSchema.pick({
  name: true,
  ownerId: true,
  createdBy: true,
  updatedBy: true,
  updatedAt: true,
});

// A customer someone else makes yours, on creation or by changing its owner, notifies you.
export const onCustomerHandedOver = onDocumentWritten(
  retriedTrigger(paths.customer("{workspaceId}", "{customerId}")),
  async (event) => {
    const customer = eventData(ownedFields, event.data?.after);
    if (!customer) return;
    const { workspaceId, customerId } = event.params;
    await notifyHandover({
      workspaceId,
      subjectId: customerId,
      before: eventData(ownerOnly, event.data?.before)?.ownerId,
      holder: customer.ownerId,
      written: customer,
      link: customerLink(workspaceId, customerId),
      content: (actorName) => ({
        type: "customer_assigned",
        params: { customerName: customer.name, actorName },
      }),
    });
  },
);
