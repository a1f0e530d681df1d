import { Anchor, Button, Group, PasswordInput, Stack, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useAsyncAction } from "@/lib/useAsyncAction";
import { useZodForm } from "@/lib/useZodForm";
import { FormError } from "@/ui/FormError";
import { signIn } from "../data/authApi";
import { signInSchema } from "../utils/authFormSchemas";
import { AuthAlternatives } from "./AuthAlternatives";

export const SignInForm = () => {
  const { t } = useTranslation();
  const { form, field, parse } = useZodForm(signInSchema, { email: "", password: "" });
  const { busy, error, run } = useAsyncAction();

  const handleSubmit = form.onSubmit((values) => {
    const { email, password } = parse(values);
    void run(() => signIn(email, password));
  });

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack>
        <FormError message={error} />
        <TextInput
          label={t("auth.email")}
          type="email"
          autoComplete="email"
          required
          {...field("email")}
        />
        <PasswordInput
          label={t("auth.password")}
          visibilityToggleButtonProps={{ "aria-label": t("auth.togglePassword") }}
          autoComplete="current-password"
          required
          {...field("password")}
        />
        <Group justify="flex-end">
          <Anchor component={Link} to="/reset-password" size="sm">
            {t("auth.forgotPassword")}
          </Anchor>
        </Group>
        <Button type="submit" loading={busy} fullWidth>
          {t("auth.signIn")}
        </Button>
        <AuthAlternatives
          question={t("auth.noAccount")}
          linkLabel={t("auth.signUp")}
          to="/signup"
        />
      </Stack>
    </form>
  );
};
