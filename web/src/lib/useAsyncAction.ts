import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessageKey } from "./errorMessageKey";

// Runs a server action, keeping a translated error to show beside the form that started it.
export const useAsyncAction = () => {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [errorKey, setErrorKey] = useState<string | null>(null);

  const run = async <T>(action: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setErrorKey(null);
    try {
      return await action();
    } catch (error) {
      setErrorKey(errorMessageKey(error));
      return undefined;
    } finally {
      setBusy(false);
    }
  };

  return { busy, error: errorKey ? t(errorKey) : null, run };
};
