type Storage = Pick<globalThis.Storage, "getItem" | "setItem">;

// Counts writes made and not yet answered by the server, from each write's promise until it
// settles (accepted or refused). Writes an earlier page left in the SDK's persistent queue (a
// reload while offline) have no promise any more: the number last counted is kept in storage and
// stands for them until the SDK says its queue has emptied.
export const createWriteCounter = (storage: Storage | undefined, key: string) => {
  const stored = Number(storage?.getItem(key) ?? 0);
  let earlier = Number.isInteger(stored) && stored > 0 ? stored : 0;
  let current = 0;
  const listeners = new Set<() => void>();

  const changed = () => {
    storage?.setItem(key, String(earlier + current));
    listeners.forEach((listener) => listener());
  };

  return {
    count: () => earlier + current,
    hasEarlier: () => earlier > 0,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    track: <T>(committed: Promise<T>): Promise<T> => {
      current += 1;
      changed();
      const settle = () => {
        current -= 1;
        changed();
      };
      committed.then(settle, settle);
      return committed;
    },
    earlierSettled: () => {
      if (earlier === 0) return;
      earlier = 0;
      changed();
    },
  };
};

export type WriteCounter = ReturnType<typeof createWriteCounter>;
