import { HttpsError, onCall } from "firebase-functions/v2/https";
import { isAtLeast, recountProjectRequestSchema } from "@pano/domain";
import { recountProject } from "../aggregates/projectCounters";
import { parseRequest } from "../lib/parseRequest";
import { memberRef } from "../lib/refs";

// Admins repair a project's progress counters by counting its tasks again.
export const recountProjectCounters = onCall(async (request) => {
  if (!request.auth) throw new HttpsError("unauthenticated", "errors.signInRequired");
  const { workspaceId, projectId } = parseRequest(recountProjectRequestSchema, request.data);
  const member = await memberRef(workspaceId, request.auth.uid).get();
  if (!isAtLeast(member.data()?.role, "admin"))
    throw new HttpsError("permission-denied", "errors.adminOnly");
  await recountProject(workspaceId, projectId);
  return { workspaceId, projectId };
});
