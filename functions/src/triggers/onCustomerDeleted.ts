import { onDocumentDeleted } from "firebase-functions/v2/firestore";
import { paths } from "@pano/domain";
import { db } from "../lib/admin";
import { deleteMatching } from "../lib/deleteMatching";
import { retriedTrigger } from "../lib/retriedTrigger";

// A deleted customer takes its communication history with it.
const deleteCustomerInteractions = (workspaceId: string, customerId: string) =>
  deleteMatching(
    db.collection(paths.interactions(workspaceId)).where("customerId", "==", customerId),
  );

export const onCustomerDeleted = onDocumentDeleted(
  retriedTrigger(paths.customer("{workspaceId}", "{customerId}")),
  (event) => deleteCustomerInteractions(event.params.workspaceId, event.params.customerId),
);
