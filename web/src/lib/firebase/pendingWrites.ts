import { waitForPendingWrites } from "firebase/firestore";
import { createWriteCounter } from "../sync/writeCounter";
import { db } from "./firestore";

// The SDK keeps its write queue to itself (it only says whether a document, or the whole queue,
// still waits), so every write made through writes.ts is counted here.
export const pendingWrites = createWriteCounter(globalThis.localStorage, "pano.pendingWrites");

// Called once the signed-in user is known: the SDK's queue belongs to a user and it answers for
// the one it has.
export const settleEarlierWrites = () => {
  if (!pendingWrites.hasEarlier()) return;
  void waitForPendingWrites(db).then(pendingWrites.earlierSettled);
};
