import { onDocumentWritten } from "firebase-functions/v2/firestore";
import { eventNotificationId, invitationsLink, inviteSchema, paths } from "@pano/domain";
import { db } from "../lib/admin";
import { eventData } from "../lib/eventData";
import { memberRef } from "../lib/refs";
import { retriedTrigger } from "../lib/retriedTrigger";
import { notifyUser } from "../notify/notifyUser";
import { verifiedAccount } from "../notify/verifiedAccount";

const sentAt = inviteSchema.pick({ createdAt: true });

// An invite (or one sent again, which rewrites its createdAt) to the address of a registered,
// verified account notifies that account, unless it is the inviter's or already a member's.
export const onInviteWritten = onDocumentWritten(
  retriedTrigger(paths.invite("{workspaceId}", "{inviteId}")),
  async (event) => {
    const invite = eventData(inviteSchema, event.data?.after);
    if (!invite) return;
    const before = eventData(sentAt, event.data?.before);
    if (before && before.createdAt.getTime() === invite.createdAt.getTime()) return;
    const uid = await verifiedAccount(invite.email);
    if (!uid || uid === invite.invitedBy) return;
    const { workspaceId, inviteId } = event.params;
    await db.runTransaction(async (transaction) => {
      const member = await transaction.get(memberRef(workspaceId, uid).withConverter(null));
      if (member.exists) return;
      await notifyUser(transaction, {
        uid,
        id: eventNotificationId({
          type: "workspace_invite",
          workspaceId,
          subjectId: inviteId,
          recipient: uid,
          at: invite.createdAt,
        }),
        content: {
          type: "workspace_invite",
          params: { workspaceName: invite.workspaceName, actorName: invite.invitedByName },
        },
        workspaceId,
        link: invitationsLink,
      });
    });
  },
);
