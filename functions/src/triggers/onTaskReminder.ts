import { onDocumentWritten } from "firebase-functions/v2/firestore";
import { paths, taskReminderAffected, taskReminderSourceSchema } from "@pano/domain";
import { eventData } from "../lib/eventData";
import { retriedTrigger } from "../lib/retriedTrigger";
import { syncTaskReminder } from "../reminders/syncReminders";

// Keeps workspaces/{ws}/reminders/task-<id> in step with the task's deadline, assignee and
// completion; writes that cannot change it (board moves, descriptions) cost no transaction.
export const onTaskReminder = onDocumentWritten(
  retriedTrigger(paths.task("{workspaceId}", "{taskId}")),
  async (event) => {
    const before = eventData(taskReminderSourceSchema, event.data?.before);
    const after = eventData(taskReminderSourceSchema, event.data?.after);
    if (taskReminderAffected(before, after))
      await syncTaskReminder(event.params.workspaceId, event.params.taskId);
  },
);
