import type { QueryDocumentSnapshot } from "firebase-admin/firestore";
import { logger } from "firebase-functions/v2";
import { onSchedule } from "firebase-functions/v2/scheduler";
import {
  collectionGroups,
  counterFoldSchema,
  functionsRegion,
  type CounterFold,
} from "@pano/domain";
import { db } from "../lib/admin";
import { converter } from "../lib/converter";
import { counterAt } from "../folds/counterAt";
import { foldCounter } from "../lib/shardedCounter";

const pageSize = 200;
// Folds of one page run side by side, a few at a time, each in its own transaction.
const inParallel = 10;

// Only what was wanted before the run started: folds wanted while it runs are the next run's, so
// a busy workspace cannot keep one run going.
const wantedFolds = (until: Date, after: QueryDocumentSnapshot<CounterFold> | undefined) => {
  const query = db
    .collectionGroup(collectionGroups.counterFolds)
    .withConverter(converter(counterFoldSchema))
    .where("wantedAt", "<=", until)
    .orderBy("wantedAt")
    .limit(pageSize);
  return (after ? query.startAfter(after) : query).get();
};

// Folds every counter document that asked for it, found by one collection-group query read in
// pages. A document folded less than a second ago keeps its request for the next run; one failed
// fold is logged and does not stop the others.
export const foldWantedCounters = async (now = new Date()) => {
  let last: QueryDocumentSnapshot<CounterFold> | undefined;
  for (;;) {
    const page = await wantedFolds(now, last);
    for (let start = 0; start < page.docs.length; start += inParallel) {
      const settled = await Promise.allSettled(
        page.docs
          .slice(start, start + inParallel)
          // Async, so a request that names no counter is one more failed fold.
          .map(async (wanted) => foldCounter(counterAt(wanted.data().document))),
      );
      for (const outcome of settled)
        if (outcome.status === "rejected") logger.error("fold failed", outcome.reason);
    }
    last = page.docs.at(-1);
    if (page.size < pageSize) return;
  }
};

// Cloud Scheduler fires it every minute: how long a project's counters or a report aggregate may
// lag behind its shards after the last event of a burst.
export const foldCounters = onSchedule(
  { schedule: "every 1 minutes", timeZone: "Europe/Istanbul", region: functionsRegion },
  () => foldWantedCounters(),
);
