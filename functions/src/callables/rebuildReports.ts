import { HttpsError, onCall } from "firebase-functions/v2/https";
import { isAtLeast, rebuildReportsRequestSchema } from "@pano/domain";
import { parseRequest } from "../lib/parseRequest";
import { memberRef } from "../lib/refs";
import { rebuildStats } from "../reports/rebuildStats";

// Admins recompute the report aggregates from the data (older data, or a repair). A large
// workspace takes several calls, each given back where to go on; the longest timeout a callable
// may have leaves room for the last step, which reads every entry.
export const rebuildReports = onCall({ timeoutSeconds: 540, memory: "1GiB" }, async (request) => {
  if (!request.auth) throw new HttpsError("unauthenticated", "errors.signInRequired");
  const { workspaceId, resume, pageLimit } = parseRequest(
    rebuildReportsRequestSchema,
    request.data,
  );
  const member = await memberRef(workspaceId, request.auth.uid).get();
  if (!isAtLeast(member.data()?.role, "admin"))
    throw new HttpsError("permission-denied", "errors.adminOnly");
  return rebuildStats(workspaceId, resume, pageLimit);
});
