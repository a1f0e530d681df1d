import { HttpsError, onCall } from "firebase-functions/v2/https";
import { newMember, respondToInviteRequestSchema } from "@pano/domain";
import { db } from "../lib/admin";
import { parseRequest } from "../lib/parseRequest";
import { inviteRef, memberRef, userProfileRef } from "../lib/refs";
import { requireVerifiedEmail } from "../lib/requireVerifiedEmail";
import { setIn, serverTime } from "../lib/typedWrites";

// Accepting writes a member doc with a role the caller did not choose, which rules cannot allow a
// client to do; the transaction makes a double click or a retry harmless.
export const respondToInvite = onCall(async (request) => {
  const caller = requireVerifiedEmail(request);
  const { workspaceId, accept } = parseRequest(respondToInviteRequestSchema, request.data);
  const invite = inviteRef(workspaceId, caller.email);
  const member = memberRef(workspaceId, caller.uid);

  return db.runTransaction(async (transaction) => {
    const [inviteSnapshot, memberSnapshot, profileSnapshot] = await Promise.all([
      transaction.get(invite),
      transaction.get(member),
      transaction.get(userProfileRef(caller.uid)),
    ]);
    const pending = inviteSnapshot.data();
    if (!pending) throw new HttpsError("not-found", "errors.inviteNotFound");
    transaction.delete(invite);
    if (accept && !memberSnapshot.exists) {
      const displayName = profileSnapshot.data()?.displayName ?? (caller.name || caller.email);
      setIn(
        transaction,
        member,
        newMember(
          { uid: caller.uid, displayName, email: caller.email },
          pending.role,
          serverTime(),
        ),
      );
    }
    return { workspaceId, joined: accept };
  });
});
