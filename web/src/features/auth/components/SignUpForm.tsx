import { Button, PasswordInput, Stack, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useAsyncAction } from "@/lib/useAsyncAction";
import { useZodForm } from "@/lib/useZodForm";
import { FormError } from "@/ui/FormError";
import { signUp } from "../data/authApi";
import { signUpSchema } from "../utils/authFormSchemas";
import { AuthAlternatives } from "./AuthAlternatives";

export const SignUpForm = () => {
  const { t } = useTranslation();
  const { form, field, parse } = useZodForm(signUpSchema, {
    displayName: "",
    email: "",
    password: "",
  });
  const { busy, error, run } = useAsyncAction();

  const handleSubmit = form.onSubmit((values) => {
    const input = parse(values);
    void run(() => signUp(input));
  });

  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack>
        <FormError message={error} />
        <TextInput
          label={t("auth.displayName")}
          autoComplete="name"
          required
          {...field("displayName")}
        />
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
          autoComplete="new-password"
          required
          {...field("password")}
          // The hint until the field is refused; then the error says the same, once.
          description={form.errors.password ? undefined : t("auth.passwordHint")}
        />
        <Button type="submit" loading={busy} fullWidth>
          {t("auth.signUp")}
        </Button>
        <AuthAlternatives
          question={t("auth.haveAccount")}
          linkLabel={t("auth.signIn")}
          to="/signin"
        />
      </Stack>
    </form>
  );
};
