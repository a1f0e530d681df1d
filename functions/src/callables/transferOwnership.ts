import { HttpsError, onCall } from "firebase-functions/v2/https";
import { transferOwnershipRequestSchema } from "@pano/domain";
import { db } from "../lib/admin";
import { parseRequest } from "../lib/parseRequest";
import { memberRef } from "../lib/refs";
import { updateIn } from "../lib/typedWrites";

// Two member docs change together so the workspace never has zero or two owners.
export const transferOwnership = onCall(async (request) => {
  if (!request.auth) throw new HttpsError("unauthenticated", "errors.signInRequired");
  const callerId = request.auth.uid;
  const { workspaceId, newOwnerId } = parseRequest(transferOwnershipRequestSchema, request.data);
  if (newOwnerId === callerId) throw new HttpsError("invalid-argument", "errors.invalidRequest");

  await db.runTransaction(async (transaction) => {
    const [callerSnapshot, targetSnapshot] = await Promise.all([
      transaction.get(memberRef(workspaceId, callerId)),
      transaction.get(memberRef(workspaceId, newOwnerId)),
    ]);
    if (callerSnapshot.data()?.role !== "owner")
      throw new HttpsError("permission-denied", "errors.ownerOnly");
    if (!targetSnapshot.exists) throw new HttpsError("not-found", "errors.memberNotFound");
    updateIn(transaction, targetSnapshot.ref, { role: "owner" });
    updateIn(transaction, callerSnapshot.ref, { role: "admin" });
  });
  return { workspaceId, ownerId: newOwnerId };
});
