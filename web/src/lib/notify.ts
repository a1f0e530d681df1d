import { notifications } from "@mantine/notifications";
import { i18n } from "./i18n";
import { errorMessageKey } from "./errorMessageKey";

export const notifySuccess = (message: string) =>
  notifications.show({ color: "teal", message, autoClose: 4000 });

// Shows a rejected action in the user's language; the caller keeps whatever the user typed.
export const notifyError = (error: unknown) =>
  notifications.show({ color: "red", message: i18n.t(errorMessageKey(error)), autoClose: 8000 });
