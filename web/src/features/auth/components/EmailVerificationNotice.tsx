import { Alert, Button, Group, Text } from "@mantine/core";
import { IconMailCheck } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { notifySuccess } from "@/lib/notify";
import { useAsyncAction } from "@/lib/useAsyncAction";
import { FormError } from "@/ui/FormError";
import { refreshVerification, resendVerification } from "../data/authApi";
import { useSignedInUser, useVerifiedEmail } from "@/session/useAuth";

export const EmailVerificationNotice = () => {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const verified = useVerifiedEmail();
  const { busy, error, run } = useAsyncAction();
  const [stillUnverified, setStillUnverified] = useState(false);
  if (verified) return null;

  const handleResend = () =>
    void run(async () => {
      await resendVerification();
      notifySuccess(t("auth.verify.resent"));
    });
  const handleCheck = () =>
    void run(async () => setStillUnverified(!(await refreshVerification())));

  return (
    <Alert color="yellow" variant="light" icon={<IconMailCheck />} title={t("auth.verify.title")}>
      <Text size="sm" mb="sm">
        {t("auth.verify.body", { email: user.email })}
      </Text>
      {stillUnverified && (
        <Text size="sm" c="orange" mb="sm" role="status">
          {t("auth.verify.stillUnverified")}
        </Text>
      )}
      <FormError message={error} />
      <Group gap="sm" mt="xs">
        <Button size="xs" onClick={handleCheck} loading={busy}>
          {t("auth.verify.done")}
        </Button>
        <Button size="xs" variant="subtle" onClick={handleResend} disabled={busy}>
          {t("auth.verify.resend")}
        </Button>
      </Group>
    </Alert>
  );
};
