import {
  eventNotificationId,
  handoverRecipient,
  writeActor,
  type NotificationContent,
} from "@pano/domain";
import { db } from "../lib/admin";
import { actorName } from "./actorName";
import { notifyUser } from "./notifyUser";

export type Handover = {
  workspaceId: string;
  subjectId: string;
  // The assignee or owner before the write (undefined for a new record) and after it.
  before: string | null | undefined;
  holder: string | null;
  written: { createdBy: string; updatedBy: string | null; updatedAt: Date };
  link: string;
  content: (actorName: string) => NotificationContent;
};

// Tells the new assignee or owner that someone else handed them a record; taking one yourself,
// leaving the holder as it was or clearing it tells nobody.
export const notifyHandover = async (handover: Handover) => {
  const actor = writeActor(handover.written);
  const recipient = handoverRecipient(handover.before, handover.holder, actor);
  if (!recipient) return;
  const { workspaceId, subjectId, link } = handover;
  await db.runTransaction(async (transaction) => {
    const name = await actorName(transaction, workspaceId, actor);
    const content = handover.content(name);
    const id = eventNotificationId({
      type: content.type,
      workspaceId,
      subjectId,
      recipient,
      at: handover.written.updatedAt,
    });
    await notifyUser(transaction, { uid: recipient, id, content, workspaceId, link });
  });
};
