import { Alert, Anchor, Button, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useAsyncAction } from "@/lib/useAsyncAction";
import { useZodForm } from "@/lib/useZodForm";
import { FormError } from "@/ui/FormError";
import { sendPasswordReset } from "../data/authApi";
import { resetSchema } from "../utils/authFormSchemas";

export const ResetPasswordForm = () => {
  const { t } = useTranslation();
  const { form, field, parse } = useZodForm(resetSchema, { email: "" });
  const { busy, error, run } = useAsyncAction();
  const [sentTo, setSentTo] = useState<string | null>(null);

  const handleSubmit = form.onSubmit((values) => {
    const { email } = parse(values);
    void run(async () => {
      await sendPasswordReset(email);
      setSentTo(email);
    });
  });

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack>
        <Text size="sm" c="dimmed">
          {t("auth.resetHint")}
        </Text>
        <FormError message={error} />
        {sentTo && (
          <Alert color="teal" role="status" variant="light">
            {t("auth.resetSent", { email: sentTo })}
          </Alert>
        )}
        <TextInput
          label={t("auth.email")}
          type="email"
          autoComplete="email"
          required
          {...field("email")}
        />
        <Button type="submit" loading={busy} fullWidth>
          {t("auth.sendResetLink")}
        </Button>
        <Anchor component={Link} to="/signin" size="sm" ta="center">
          {t("auth.backToSignIn")}
        </Anchor>
      </Stack>
    </form>
  );
};
