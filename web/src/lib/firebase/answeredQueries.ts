type KeyStore = Pick<Storage, "getItem" | "setItem">;

// The queries the server has answered on this device, by the app's subscription key. Firestore's
// persistent cache answers such a query from the device with its whole last result; one it has
// never had answered shows only the documents other queries happened to leave in the cache. Kept
// in storage so it outlives the page, as the cache does.
export const createAnsweredQueries = (storage: KeyStore | undefined, storageKey: string) => {
  const read = (): string[] => {
    try {
      const stored: unknown = JSON.parse(storage?.getItem(storageKey) ?? "[]");
      return Array.isArray(stored) ? stored.filter((key) => typeof key === "string") : [];
    } catch {
      return [];
    }
  };
  const answered = new Set(read());
  return {
    has: (key: string) => answered.has(key),
    add: (key: string) => {
      if (answered.has(key)) return;
      answered.add(key);
      try {
        storage?.setItem(storageKey, JSON.stringify([...answered]));
      } catch {
        // A full storage only loses the record: that query is then read without a preview.
      }
    },
  };
};

export const answeredQueries = createAnsweredQueries(
  globalThis.localStorage,
  "pano.answeredQueries",
);
