import { getFunctions } from "firebase-admin/functions";
import { z } from "zod";
import { functionsRegion } from "@pano/domain";
import { adminApp } from "./admin";

// The queue of deferred folds is the task queue function of this name (see foldCounterWhenDue).
const foldQueueName = "foldCounterWhenDue";

export const deferredFoldSchema = z.object({ document: z.string().min(1) });

// Hands a counter document's fold to the queue: a task runs it in its own instance, so the event
// that asked returns at once.
export const deferFold = (documentPath: string) =>
  getFunctions(adminApp)
    .taskQueue(`locations/${functionsRegion}/functions/${foldQueueName}`)
    .enqueue({ document: documentPath } satisfies z.infer<typeof deferredFoldSchema>);
