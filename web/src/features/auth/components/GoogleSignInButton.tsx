import { Button, Stack } from "@mantine/core";
import { IconBrandGoogle } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { googleSignInEnabled } from "@/lib/firebase/firebaseConfig";
import { useAsyncAction } from "@/lib/useAsyncAction";
import { FormError } from "@/ui/FormError";
import { signInWithGoogle } from "../data/authApi";

// Shown only when the build enables the Google provider (VITE_GOOGLE_SIGN_IN=true).
export const GoogleSignInButton = ({ divider }: { divider: ReactNode }) => {
  const { t } = useTranslation();
  const { busy, error, run } = useAsyncAction();
  if (!googleSignInEnabled) return null;
  return (
    <Stack gap="sm">
      {divider}
      <FormError message={error} />
      <Button
        variant="default"
        leftSection={<IconBrandGoogle size={18} />}
        loading={busy}
        onClick={() => void run(() => signInWithGoogle())}
      >
        {t("auth.google")}
      </Button>
    </Stack>
  );
};
