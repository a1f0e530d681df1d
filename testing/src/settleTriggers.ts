import { randomUUID } from "node:crypto";
import { newTask, paths, taskInputSchema, taskReminderId } from "@pano/domain";
import { adminDb } from "./emulatorClients";
import { waitFor } from "./waitFor";

// The Functions emulator runs events one at a time, in the order they came: once a fresh
// sentinel's trigger has run, every event before it has too. A test that sets off hundreds of
// events waits for them here, so the next test file does not wait behind its backlog (and time
// out on a busy machine).
export const settleTriggers = async (timeoutMs = 180_000) => {
  const workspaceId = "settle-triggers";
  const taskId = `sentinel-${randomUUID()}`;
  await adminDb.doc(paths.task(workspaceId, taskId)).set(
    newTask(
      taskInputSchema.parse({
        title: "sentinel",
        assigneeId: "sentinel",
        dueAt: new Date(Date.now() + 7 * 24 * 60 * 60 * 1000),
      }),
      { projectId: null, customerId: null, dealId: null, status: "todo", rank: "a0" },
      { createdBy: "sentinel", completed: false },
      new Date(),
    ),
  );
  await waitFor(
    async () =>
      (await adminDb.doc(paths.reminder(workspaceId, taskReminderId(taskId))).get()).exists,
    (exists) => exists,
    timeoutMs,
  );
};
