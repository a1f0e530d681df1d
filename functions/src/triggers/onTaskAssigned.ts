import { onDocumentWritten } from "firebase-functions/v2/firestore";
import { paths, taskLink, taskSchema } from "@pano/domain";
import { eventData } from "../lib/eventData";
import { retriedTrigger } from "../lib/retriedTrigger";
import { notifyHandover } from "../notify/notifyHandover";

const assigneeOnly = taskSchema.pick({ assigneeId: true });
const assignedFields = taskSchema.pick({
  title: true,
  assigneeId: true,
  dueAt: true,
  projectId: true,
  customerId: true,
  dealId: true,
  createdBy: true,
  updatedBy: true,
  updatedAt: true,
});

// A task someone else assigns to you, on creation or by changing its assignee, notifies you.
export const onTaskAssigned = onDocumentWritten(
  retriedTrigger(paths.task("{workspaceId}", "{taskId}")),
  async (event) => {
    const task = eventData(assignedFields, event.data?.after);
    if (!task) return;
    const { workspaceId, taskId } = event.params;
    await notifyHandover({
      workspaceId,
      subjectId: taskId,
      before: eventData(assigneeOnly, event.data?.before)?.assigneeId,
      holder: task.assigneeId,
      written: task,
      link: taskLink(workspaceId, taskId, task),
      content: (actorName) => ({
        type: "task_assigned",
        params: { taskTitle: task.title, actorName, dueAt: task.dueAt },
      }),
    });
  },
);
