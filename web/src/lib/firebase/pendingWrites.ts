import { doc, getDocFromCache, getDocFromServer, waitForPendingWrites } from "firebase/firestore";
import { createWriteCounter } from "../sync/writeCounter";
import { earlierWriteOutcome, mergeByPath, type WrittenDocument } from "../sync/writtenDocument";
import { writerUid } from "./writerUid";
import { db } from "./firestore";

// The SDK keeps its write queue to itself (it only says whether a document, or the whole queue,
// still waits), so every write made through writes.ts is counted here.
export const pendingWrites = createWriteCounter(globalThis.localStorage, "pano.pendingWrites");

// A write an earlier page queued that the server did not keep: the item's name and why.
export type EarlierRefusal = { name: string; reason: "deleted" | "refused" };

// The item's name as this device shows it (the queued write already applied), for a write that
// did not carry one, such as a move.
const nameOf = async (document: WrittenDocument) => {
  if (document.name) return document.name;
  const cached = await getDocFromCache(doc(db, document.path)).catch(() => undefined);
  const name: unknown = cached?.get("title") ?? cached?.get("name");
  return typeof name === "string" ? name : (document.path.split("/").at(-1) ?? "");
};

const refusalOf = async (document: WrittenDocument, name: string) => {
  try {
    const server = await getDocFromServer(doc(db, document.path));
    const outcome = earlierWriteOutcome(document, server.data(), writerUid());
    return outcome === "deleted" || outcome === "refused" ? { name, reason: outcome } : [];
  } catch (error) {
    // No longer allowed to read it (the person lost their role): the write was refused too.
    const code = (error as { code?: unknown }).code;
    return code === "permission-denied" ? { name, reason: "refused" as const } : [];
  }
};

// Called once the signed-in user is known: the SDK's queue belongs to a user and it answers for
// the one it has. Writes queued before a reload have no promise to refuse; once the queue has
// emptied, each document they wrote is read from the server, and those it did not keep are
// reported, named.
export const settleEarlierWrites = (onRefused: (refusals: EarlierRefusal[]) => void) => {
  if (!pendingWrites.hasEarlier()) return;
  const documents = mergeByPath(pendingWrites.earlierDocuments());
  void (async () => {
    const names = await Promise.all(documents.map(nameOf));
    await waitForPendingWrites(db);
    pendingWrites.earlierSettled();
    const refusals = await Promise.all(
      documents.map((document, index) => refusalOf(document, names[index] ?? "")),
    );
    const refused = refusals.flat();
    if (refused.length > 0) onRefused(refused);
  })();
};
