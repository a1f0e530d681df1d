import { notifications } from "@mantine/notifications";
import { i18n } from "./i18n";
import { SaveRefused } from "./confirmSave";
import { errorMessageKey } from "./errorMessageKey";

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
