import { notifications } from "@mantine/notifications";
import { errorMessageKey } from "./errorMessageKey";
import { i18n } from "./i18n";
import { isOnline } from "./sync/connectivity";

// How long a form waits for the server before it closes and leaves the write in the local queue.
export const serverConfirmTimeoutMs = 5000;

// A write the server refused, with the name of what was being saved, for a message that says which.
export class SaveRefused extends Error {
  constructor(
    readonly itemName: string,
    readonly reason: unknown,
  ) {
    super(`the server refused to save "${itemName}"`);
  }
}

export type SaveOutcome = "saved" | "queued";

// The SDK keeps a write in its local cache until the server answers, which may be never (offline)
// or much later: the form waits a few seconds, then lets go and this reports the outcome when it
// comes. The item shows as waiting to sync meanwhile (the snapshot's pending-write flag).
const reportWhenSettled = (committed: Promise<unknown>, itemName: string) => {
  const id = notifications.show({
    color: "yellow",
    loading: true,
    title: i18n.t("sync.queuedTitle", { name: itemName }),
    message: i18n.t("sync.queuedBody"),
    autoClose: false,
  });
  committed.then(
    () =>
      notifications.update({
        id,
        color: "teal",
        loading: false,
        title: i18n.t("sync.savedTitle", { name: itemName }),
        message: i18n.t("sync.savedBody"),
        autoClose: 4000,
      }),
    (error: unknown) =>
      notifications.update({
        id,
        color: "red",
        loading: false,
        title: i18n.t("sync.refusedTitle", { name: itemName }),
        message: i18n.t(errorMessageKey(error)),
        autoClose: false,
      }),
  );
};

// Offline there is no answer to wait for: the form lets go at once and the header counts the write
// among the changes waiting.
export const confirmSave = async (
  committed: Promise<unknown>,
  itemName: string,
  timeoutMs = isOnline() ? serverConfirmTimeoutMs : 0,
): Promise<SaveOutcome> => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const queued = new Promise<"queued">((resolve) => {
    timer = setTimeout(() => resolve("queued"), timeoutMs);
  });
  try {
    const outcome = await Promise.race([committed.then(() => "saved" as const), queued]);
    if (outcome === "queued") reportWhenSettled(committed, itemName);
    return outcome;
  } catch (error) {
    throw new SaveRefused(itemName, error);
  } finally {
    clearTimeout(timer);
  }
};
