import { onTaskDispatched } from "firebase-functions/v2/tasks";
import { functionsRegion } from "@pano/domain";
import { foldWhenDue } from "../lib/shardedCounter";
import { counterAt } from "./counterAt";
import { deferredFoldSchema } from "../lib/foldQueue";

// A fold an event could not write yet (its document was written less than a second ago): waits
// out that second here, off the event's path, and folds. A failed fold is retried by the queue;
// the scheduled foldCounters remains the backstop.
export const foldCounterWhenDue = onTaskDispatched(
  {
    region: functionsRegion,
    retryConfig: { maxAttempts: 5, minBackoffSeconds: 1, maxBackoffSeconds: 10 },
    rateLimits: { maxConcurrentDispatches: 20 },
  },
  async (request) => {
    await foldWhenDue(counterAt(deferredFoldSchema.parse(request.data).document));
  },
);
