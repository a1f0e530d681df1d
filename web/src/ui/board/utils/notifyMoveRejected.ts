import { notifications } from "@mantine/notifications";
import { errorMessageKey } from "@/lib/errorMessageKey";
import { i18n } from "@/lib/i18n";

// The card is already back in its place; say which deal and why, in the user's language.
export const notifyMoveRejected = (title: string, error: unknown) =>
  notifications.show({
    color: "red",
    title: i18n.t("board.moveRejected", { title }),
    message: i18n.t(errorMessageKey(error)),
    autoClose: 8000,
  });
