import type { WrittenDocument } from "./writtenDocument";

type Storage = Pick<globalThis.Storage, "getItem" | "setItem">;

// One write made through the data layer: the documents it changes (several for a batch).
type PendingWrite = WrittenDocument[];

// What storage holds: the waiting writes, or (as earlier builds stored it) just their number.
const readStored = (stored: string | null): PendingWrite[] => {
  if (stored === null) return [];
  const count = Number(stored);
  if (Number.isInteger(count)) return Array.from({ length: Math.max(0, count) }, () => []);
  try {
    const parsed: unknown = JSON.parse(stored);
    return Array.isArray(parsed) ? parsed.filter((write) => Array.isArray(write)) : [];
  } catch {
    return [];
  }
};

// Counts writes made and not yet answered by the server, from each write's promise until it
// settles (accepted or refused). Writes an earlier page left in the SDK's persistent queue (a
// reload while offline) have no promise any more: what each wrote is kept in storage and stands
// for them until the SDK says its queue has emptied, when the page checks them against the server.
export const createWriteCounter = (storage: Storage | undefined, key: string) => {
  let earlier = readStored(storage?.getItem(key) ?? null);
  const current = new Set<PendingWrite>();
  const listeners = new Set<() => void>();

  // A large offline import may not fit in storage: then only the number is kept.
  const changed = () => {
    const waiting = [...earlier, ...current];
    try {
      storage?.setItem(key, JSON.stringify(waiting));
    } catch {
      storage?.setItem(key, String(waiting.length));
    }
    listeners.forEach((listener) => listener());
  };

  return {
    count: () => earlier.length + current.size,
    hasEarlier: () => earlier.length > 0,
    // The documents the earlier page's waiting writes changed, oldest first.
    earlierDocuments: (): WrittenDocument[] => earlier.flat(),
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    // `kept` resolves once the SDK has stored the write on this device: only then does it count,
    // so "changes waiting" never names a write a reload right away would lose.
    track: <T>(
      committed: Promise<T>,
      documents: WrittenDocument[] = [],
      kept?: Promise<unknown>,
    ): Promise<T> => {
      const write: PendingWrite = [...documents];
      let settled = false;
      const count = () => {
        if (settled) return;
        current.add(write);
        changed();
      };
      const settle = () => {
        settled = true;
        if (current.delete(write)) changed();
      };
      if (kept) void kept.then(count, count);
      else count();
      committed.then(settle, settle);
      return committed;
    },
    earlierSettled: () => {
      if (earlier.length === 0) return;
      earlier = [];
      changed();
    },
  };
};

export type WriteCounter = ReturnType<typeof createWriteCounter>;
