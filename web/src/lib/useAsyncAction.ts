import { useState } from "react";
import { useTranslation } from "react-i18next";
import { SaveRefused } from "./confirmSave";
import { errorMessageKey } from "./errorMessageKey";

type ActionError = { key: string; itemName: string | null };

const toActionError = (error: unknown): ActionError =>
  error instanceof SaveRefused
    ? { key: errorMessageKey(error.reason), itemName: error.itemName }
    : { key: errorMessageKey(error), itemName: null };

// Runs a server action, keeping a translated error to show beside the form that started it; a
// refused save names the item it was about.
export const useAsyncAction = () => {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ActionError | null>(null);

  const run = async <T>(action: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(null);
    try {
      return await action();
    } catch (caught) {
      setError(toActionError(caught));
      return undefined;
    } finally {
      setBusy(false);
    }
  };

  const message = error
    ? error.itemName
      ? `${t("sync.refusedTitle", { name: error.itemName })} ${t(error.key)}`
      : t(error.key)
    : null;
  return { busy, error: message, run };
};
