import { onDocumentWritten } from "firebase-functions/v2/firestore";
import { followUpReminderAffected, followUpSourceSchema, paths } from "@pano/domain";
import { eventData } from "../lib/eventData";
import { retriedTrigger } from "../lib/retriedTrigger";
import { syncFollowUpReminder } from "../reminders/syncReminders";

// Keeps workspaces/{ws}/reminders/followup-<id> in step with the interaction's follow-up.
export const onFollowUpReminder = onDocumentWritten(
  retriedTrigger(paths.interaction("{workspaceId}", "{interactionId}")),
  async (event) => {
    const before = eventData(followUpSourceSchema, event.data?.before);
    const after = eventData(followUpSourceSchema, event.data?.after);
    if (followUpReminderAffected(before, after))
      await syncFollowUpReminder(event.params.workspaceId, event.params.interactionId);
  },
);
