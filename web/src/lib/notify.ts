import { notifications } from "@mantine/notifications";
import { i18n } from "./i18n";
import { SaveRefused } from "./confirmSave";
import { errorMessageKey } from "./errorMessageKey";
import type { EarlierRefusal } from "./firebase/pendingWrites";

export const notifySuccess = (message: string) =>
  notifications.show({ color: "teal", message, autoClose: 4000 });

// Shows a rejected action in the user's language, naming the item when it was a save; the caller
// keeps whatever the user typed.
export const notifyError = (error: unknown) =>
  notifications.show({
    color: "red",
    ...(error instanceof SaveRefused
      ? {
          title: i18n.t("sync.refusedTitle", { name: error.itemName }),
          message: i18n.t(errorMessageKey(error.reason)),
        }
      : { message: i18n.t(errorMessageKey(error)) }),
    autoClose: 8000,
  });

// Writes a page queued before a reload and the server did not keep, each named, shown until
// dismissed: nobody's offline work disappears without a word.
export const notifyEarlierRefusals = (refusals: EarlierRefusal[]) =>
  refusals.forEach(({ name, reason }) =>
    notifications.show({
      color: "red",
      title: i18n.t("sync.refusedTitle", { name }),
      message: i18n.t(reason === "deleted" ? "sync.refusedDeleted" : "errors.permissionDenied"),
      autoClose: false,
    }),
  );
